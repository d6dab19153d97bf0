//! Obviously bad input fails before any request.

use dolthub::Error;
use dolthub::models::Visibility;

use crate::common::*;

fn invalid<T: std::fmt::Debug>(result: dolthub::Result<T>) {
    assert!(
        matches!(result, Err(Error::InvalidInput { .. })),
        "{result:?}"
    );
}

#[tokio::test]
async fn bad_input_never_reaches_the_server() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500);
        })
        .await;
    let c = client(&server);
    invalid(c.database("", DB).branches().list().await);
    invalid(c.database(OWNER, "..").tags().list().await);
    invalid(c.database(OWNER, "%2e").forks().list().await);
    invalid(c.database(OWNER, DB).pull("").get().await);
    invalid(c.database(OWNER, DB).sql().read("", "SELECT 1").await);
    invalid(c.database(OWNER, DB).sql().read("main", "   ").await);
    invalid(
        c.database(OWNER, DB)
            .csv(".")
            .table("t")
            .bytes_stream()
            .await
            .map(|_| ()),
    );
    invalid(c.database(OWNER, DB).branches().create("", "main").await);
    invalid(c.database(OWNER, DB).branches().create("x", "").await);
    invalid(c.database(OWNER, DB).tags().create("", "main").await);
    invalid(c.database(OWNER, DB).releases().create("").at("main").await);
    invalid(
        c.database(OWNER, DB)
            .pulls()
            .create("")
            .from("a")
            .to("b")
            .await,
    );
    invalid(
        c.database(OWNER, DB)
            .pulls()
            .create("T")
            .from("a")
            .to("")
            .await,
    );
    invalid(c.database(OWNER, DB).pull("1").update().await);
    invalid(c.database(OWNER, DB).pull("1").comment(" ").await);
    invalid(c.create_database(OWNER, DB).await);
    invalid(c.create_database("", DB).public().await);
    invalid("secret".parse::<Visibility>());
    invalid(c.fork(OWNER, DB).await);
    invalid(c.operations("..").await);
    mock.assert_calls_async(0).await;
}

#[test]
fn bad_client_settings() {
    invalid(dolthub::Client::builder().base_url("ftp://x").build());
    invalid(dolthub::Client::builder().token("dhat.\u{7f}x").build());
    invalid(dolthub::Client::builder().user_agent("a\nb").build());
}
