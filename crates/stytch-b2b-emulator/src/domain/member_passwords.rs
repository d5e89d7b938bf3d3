//! A member's password behind the store: checking a login and storing a new hash.
//! Hashing and verification run on the blocking pool, outside the store lock.

use crate::errors::{ApiError, ApiResult};
use crate::password::{self, StoredPassword};
use crate::server::Shared;
use crate::store::Store;
use stytch_b2b_api::ErrorType;

/// The one answer to a failed password login, whatever failed.
fn bad_credentials() -> ApiError {
    ApiError::unauthorized(
        ErrorType::UnauthorizedCredentials,
        "The email address and password do not match a member of this organization.",
    )
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> ApiResult<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError::internal(format!("password worker failed: {e}")))
}

/// Hashes a new password on the blocking pool.
pub(crate) async fn hash(password: String) -> ApiResult<StoredPassword> {
    blocking(move || password::hash(&password)).await?
}

/// Checks `password` against the member's stored hash; `Err(unauthorized)` on any
/// mismatch (unknown member, no password, wrong password) so that nothing leaks.
pub(crate) async fn verify_member_password(
    app: &Shared,
    org_id: &str,
    email: &str,
    password: String,
) -> ApiResult<String> {
    let (member_id, stored) = {
        let store = app.store();
        store.org(org_id)?;
        let record = store
            .member_by_email(org_id, email)
            .ok_or_else(bad_credentials)?;
        let stored = record.password.clone().ok_or_else(bad_credentials)?;
        (record.member.member_id.clone(), stored)
    };
    let legacy = stored.is_legacy();
    let (ok, rehashed) = blocking(move || {
        let ok = password::verify(&password, &stored);
        // A migrated hash is replaced by the emulator's own after a good login.
        let rehashed = (ok && legacy).then(|| password::hash(&password));
        (ok, rehashed)
    })
    .await?;
    if !ok {
        return Err(bad_credentials());
    }
    if let Some(new) = rehashed {
        let new = new?;
        if let Ok(record) = app.store().member_mut(org_id, &member_id) {
            record.password = Some(new);
        }
    }
    Ok(member_id)
}

/// Stores a new password hash for the member, giving it a password id if needed.
pub(crate) fn set_password(
    store: &mut Store,
    org_id: &str,
    member_id: &str,
    hash: StoredPassword,
) -> ApiResult<String> {
    let new_id = store.new_id("member-password");
    let record = store.member_mut(org_id, member_id)?;
    record.password = Some(hash);
    if record.member.member_password_id.is_empty() {
        record.member.member_password_id = new_id;
    }
    Ok(record.member.member_password_id.clone())
}
