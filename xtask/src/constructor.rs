//! Drops progenitor's `Client::new`, which builds its own `reqwest::Client` and
//! unwraps the result: a TLS back end that fails to initialise would panic inside the
//! constructor. `Client::new_with_client` stays; callers build the HTTP client and
//! handle its error (the ergonomic crate does).

use syn::{ImplItem, Item, Type};

/// Removes `Client::new` from `file`; returns whether it was there.
pub(crate) fn remove_panicking_new(file: &mut syn::File) -> bool {
    let mut removed = false;
    for item in &mut file.items {
        let Item::Impl(block) = item else { continue };
        let is_client = block.trait_.is_none()
            && matches!(&*block.self_ty, Type::Path(path) if path.path.is_ident("Client"));
        if !is_client {
            continue;
        }
        let before = block.items.len();
        block
            .items
            .retain(|member| !matches!(member, ImplItem::Fn(f) if f.sig.ident == "new"));
        removed |= block.items.len() != before;
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_inherent_new_of_client_goes() {
        let mut file: syn::File = syn::parse_quote! {
            impl Client {
                pub fn new(baseurl: &str) -> Self { Self::new_with_client(baseurl, build().unwrap()) }
                pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self { todo() }
            }
            impl Other { pub fn new() -> Self { Self } }
        };
        assert!(remove_panicking_new(&mut file));
        let text = prettyplease::unparse(&file);
        assert!(!text.contains("fn new(baseurl"), "{text}");
        assert!(text.contains("fn new_with_client"), "{text}");
        assert!(text.contains("impl Other"), "{text}");
        assert!(!remove_panicking_new(&mut file));
    }
}
