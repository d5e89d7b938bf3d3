//! Friendlier setters for optional fields of the generated struct builders.
//!
//! typify's setter for an optional field takes `TryInto<Option<X>>`, so
//! `.organization_slug("acme")` does not compile (`&str` does not convert into
//! `Option<String>`). This pass rewrites each such setter to take `TryInto<X>` and wrap
//! the value in `Some`, and adds a `set_<field>` twin that keeps the original
//! `Option` form for callers who hold an `Option` (or want to set `None`).

use syn::{
    Expr, GenericArgument, ImplItem, ImplItemFn, Item, PathArguments, Type, TypeParamBound,
    WherePredicate, parse_quote,
};

/// Rewrites the setters in `types::builder` of `file`; returns how many it rewrote.
pub(crate) fn rewrite(file: &mut syn::File) -> usize {
    let Some(types) = module_items(&mut file.items, "types") else {
        return 0;
    };
    let Some(builders) = module_items(types, "builder") else {
        return 0;
    };
    let mut rewritten = 0;
    for item in builders.iter_mut() {
        let Item::Impl(block) = item else { continue };
        let mut added = Vec::new();
        for member in block.items.iter_mut() {
            let ImplItem::Fn(setter) = member else {
                continue;
            };
            let Some(inner) = optional_target(setter) else {
                continue;
            };
            added.push(ImplItem::Fn(option_twin(setter)));
            make_plain(setter, &inner);
            rewritten += 1;
        }
        block.items.extend(added);
    }
    rewritten
}

fn module_items<'a>(items: &'a mut [Item], name: &str) -> Option<&'a mut Vec<Item>> {
    items.iter_mut().find_map(|item| match item {
        Item::Mod(module) if module.ident == name => {
            module.content.as_mut().map(|(_, items)| items)
        }
        _ => None,
    })
}

/// `X` when `setter` is bounded by `T: TryInto<Option<X>>`.
fn optional_target(setter: &ImplItemFn) -> Option<Type> {
    let where_clause = setter.sig.generics.where_clause.as_ref()?;
    where_clause.predicates.iter().find_map(|predicate| {
        let WherePredicate::Type(predicate) = predicate else {
            return None;
        };
        predicate.bounds.iter().find_map(|bound| {
            let TypeParamBound::Trait(bound) = bound else {
                return None;
            };
            let last = bound.path.segments.last()?;
            if last.ident != "TryInto" {
                return None;
            }
            let option = single_type_argument(&last.arguments)?;
            let Type::Path(option) = option else {
                return None;
            };
            let option = option.path.segments.last()?;
            if option.ident != "Option" {
                return None;
            }
            single_type_argument(&option.arguments).cloned()
        })
    })
}

fn single_type_argument(arguments: &PathArguments) -> Option<&Type> {
    let PathArguments::AngleBracketed(arguments) = arguments else {
        return None;
    };
    match arguments.args.first()? {
        GenericArgument::Type(ty) if arguments.args.len() == 1 => Some(ty),
        _ => None,
    }
}

/// `set_<field>`: the original setter, taking the `Option` itself.
fn option_twin(setter: &ImplItemFn) -> ImplItemFn {
    let mut twin = setter.clone();
    let field = setter.sig.ident.to_string();
    twin.sig.ident = syn::Ident::new(&format!("set_{field}"), setter.sig.ident.span());
    let doc = format!(" Sets `{field}` from an `Option`; `None` leaves it unset.");
    twin.attrs.retain(|attr| !attr.path().is_ident("doc"));
    twin.attrs.push(parse_quote!(#[doc = #doc]));
    twin
}

/// Makes `setter` take the field's own type and store it as `Some`.
fn make_plain(setter: &mut ImplItemFn, inner: &Type) {
    if let Some(where_clause) = setter.sig.generics.where_clause.as_mut() {
        for predicate in where_clause.predicates.iter_mut() {
            let WherePredicate::Type(predicate) = predicate else {
                continue;
            };
            let is_try_into = predicate.bounds.iter().any(|bound| {
                matches!(bound, TypeParamBound::Trait(t)
                    if t.path.segments.last().is_some_and(|s| s.ident == "TryInto"))
            });
            if is_try_into {
                predicate.bounds = parse_quote!(::std::convert::TryInto<#inner>);
            }
        }
    }
    for statement in setter.block.stmts.iter_mut() {
        let syn::Stmt::Expr(Expr::Assign(assign), _) = statement else {
            continue;
        };
        let Expr::MethodCall(map_err) = assign.right.as_mut() else {
            continue;
        };
        let receiver = map_err.receiver.as_ref().clone();
        *map_err.receiver = parse_quote!(#receiver.map(::std::option::Option::Some));
    }
    let field = setter.sig.ident.to_string();
    let doc = format!(" Sets `{field}`.");
    setter.attrs.retain(|attr| !attr.path().is_ident("doc"));
    setter.attrs.push(parse_quote!(#[doc = #doc]));
}
