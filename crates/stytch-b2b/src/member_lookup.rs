//! How `organizations().members().get()` identifies the member.

/// Which member to fetch: by member id or by email address.
///
/// A `&str` or `String` converts into a lookup by member id when it starts with
/// `member-` and has no `@`, and into a lookup by email address otherwise.
///
/// ```
/// use stytch_b2b::MemberLookup;
///
/// assert_eq!(MemberLookup::from("member-test-123"), MemberLookup::MemberId("member-test-123".into()));
/// assert_eq!(MemberLookup::from("ada@example.com"), MemberLookup::EmailAddress("ada@example.com".into()));
/// assert_eq!(MemberLookup::from("member-desk@example.com"), MemberLookup::EmailAddress("member-desk@example.com".into()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberLookup {
    /// The member with this id.
    MemberId(String),
    /// The member with this email address.
    EmailAddress(String),
}

impl From<&str> for MemberLookup {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl From<String> for MemberLookup {
    fn from(value: String) -> Self {
        // Member ids never contain `@`; `member-services@…` is an address.
        if value.starts_with("member-") && !value.contains('@') {
            Self::MemberId(value)
        } else {
            Self::EmailAddress(value)
        }
    }
}

impl crate::organizations::OrganizationsMembersGetCall<'_> {
    /// Identifies the member by id or by email address, whichever `lookup` holds (a
    /// shorthand for setting [`member_id`](Self::member_id) or
    /// [`email_address`](Self::email_address)).
    pub fn lookup(self, lookup: impl Into<MemberLookup>) -> Self {
        match lookup.into() {
            MemberLookup::MemberId(id) => self.member_id(id),
            MemberLookup::EmailAddress(email) => self.email_address(email),
        }
    }
}
