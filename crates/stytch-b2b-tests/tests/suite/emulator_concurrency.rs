//! Many clients at once: 100 parallel member creations interleaved with searches
//! lose and duplicate nothing; racing duplicates get exactly one winner.

use std::collections::BTreeSet;

use serde_json::json;
use stytch_b2b_api::types;
use stytch_b2b_tests::emulator::start_emulator_with_client;

type Result = std::result::Result<(), Box<dyn std::error::Error + Send + Sync>>;

fn by_emails(
    emails: Vec<String>,
) -> std::result::Result<types::SearchQuery, Box<dyn std::error::Error + Send + Sync>> {
    let operand = json!({"filter_name": "member_emails", "filter_value": emails});
    Ok(types::SearchQuery::try_from(
        types::SearchQuery::builder()
            .operator("OR")
            .operands(vec![operand.as_object().cloned().unwrap_or_default()]),
    )?)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_hundred_parallel_creations_and_searches_lose_and_duplicate_nothing() -> Result {
    let (_emu, client) = start_emulator_with_client().await?;
    let org_id = client
        .organizations_create()
        .body(types::OrganizationsCreateRequest::builder().organization_name("Crowd"))
        .send()
        .await?
        .into_inner()
        .organization
        .organization_id;

    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..100 {
        let client = client.clone();
        let org_id = org_id.clone();
        tasks.spawn(async move {
            let created = client
                .organizations_members_create()
                .organization_id(&org_id)
                .body(
                    types::OrganizationsMembersCreateRequest::builder()
                        .email_address(format!("user{i}@crowd.example")),
                )
                .send()
                .await?
                .into_inner();
            // A search racing the other creations must at least see this member.
            let seen = client
                .organizations_members_search()
                .body(
                    types::OrganizationsMembersSearchRequest::builder()
                        .organization_ids(vec![org_id.clone()])
                        .query(by_emails(vec![format!("user{i}@crowd.example")])?),
                )
                .send()
                .await?
                .into_inner();
            assert_eq!(seen.members.len(), 1);
            assert_eq!(seen.members[0].member_id, created.member_id);
            Ok::<String, Box<dyn std::error::Error + Send + Sync>>(created.member_id)
        });
    }
    let mut ids = BTreeSet::new();
    while let Some(joined) = tasks.join_next().await {
        assert!(ids.insert(joined??), "duplicate member id");
    }
    assert_eq!(ids.len(), 100);

    // Page through everything: 100 members, each once, in pages of 30.
    let mut paged = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page = client
            .organizations_members_search()
            .body(
                types::OrganizationsMembersSearchRequest::builder()
                    .organization_ids(vec![org_id.clone()])
                    .limit(30)
                    .set_cursor(cursor.clone()),
            )
            .send()
            .await?
            .into_inner();
        assert_eq!(page.results_metadata.total, 100);
        assert!(page.organizations.contains_key(&org_id));
        paged.extend(page.members.into_iter().map(|m| m.member_id));
        cursor = page.results_metadata.next_cursor;
        if cursor.is_none() {
            break;
        }
    }
    assert_eq!(paged.len(), 100);
    assert_eq!(paged.iter().cloned().collect::<BTreeSet<_>>(), ids);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn racing_duplicates_have_exactly_one_winner() -> Result {
    let (_emu, client) = start_emulator_with_client().await?;
    let org_id = client
        .organizations_create()
        .body(types::OrganizationsCreateRequest::builder().organization_name("Race"))
        .send()
        .await?
        .into_inner()
        .organization
        .organization_id;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..20 {
        let client = client.clone();
        let org_id = org_id.clone();
        tasks.spawn(async move {
            let member = client
                .organizations_members_create()
                .organization_id(&org_id)
                .body(
                    types::OrganizationsMembersCreateRequest::builder()
                        .email_address("same@race.example"),
                )
                .send()
                .await
                .is_ok();
            let slug = client
                .organizations_create()
                .body(
                    types::OrganizationsCreateRequest::builder()
                        .organization_name(format!("Twin {i}"))
                        .organization_slug("twin"),
                )
                .send()
                .await
                .is_ok();
            (member, slug)
        });
    }
    let (mut members, mut slugs) = (0, 0);
    while let Some(joined) = tasks.join_next().await {
        let (m, s) = joined?;
        members += usize::from(m);
        slugs += usize::from(s);
    }
    assert_eq!((members, slugs), (1, 1));
    Ok(())
}
