//! `client.project()`.

use httpmock::MockServer;
use stytch_b2b_tests::PROJECT_ID;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

#[tokio::test]
pub(crate) async fn project_metrics() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get("/v1/projects/metrics")
            .mock(&server, "project_metrics")
            .await;

        let response = client(&server).project().metrics().await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "project_metrics");
        assert_eq!(response.project_id, PROJECT_ID);
        let metric = &response.metrics[0];
        assert_eq!(
            (metric.metric_type.as_str(), metric.count),
            ("MEMBER_COUNT", 1250)
        );
        Ok(())
    })
    .await;
}
