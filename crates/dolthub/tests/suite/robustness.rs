//! Arbitrary response bytes and arbitrary JSON never panic the decoders.

use dolthub::models::*;
use dolthub::webhooks;
use proptest::prelude::*;
use serde_json::Value;

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    // Real keys (and quirk spellings) so the decoders' paths are exercised.
                    Just("pull_id".to_owned()),
                    Just("title:".to_owned()),
                    Just("title".to_owned()),
                    Just("rows".to_owned()),
                    Just("schema".to_owned()),
                    Just("done".to_owned()),
                    Just("res_details".to_owned()),
                    Just("query_execution_status".to_owned()),
                    Just("job_status".to_owned()),
                    Just("branches".to_owned()),
                    Just("event_name".to_owned()),
                    "[a-z_:]{1,10}",
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn decode_all(bytes: &[u8]) {
    let _ = serde_json::from_slice::<Pull>(bytes);
    let _ = serde_json::from_slice::<SqlResult>(bytes);
    let _ = serde_json::from_slice::<WritePoll>(bytes);
    let _ = serde_json::from_slice::<JobPoll>(bytes);
    let _ = serde_json::from_slice::<ForkPoll>(bytes);
    let _ = serde_json::from_slice::<WriteStarted>(bytes);
    let _ = serde_json::from_slice::<Job>(bytes);
    let _ = serde_json::from_slice::<UserOperation>(bytes);
    let _ = serde_json::from_slice::<User>(bytes);
    let _ = serde_json::from_slice::<ForkNetwork>(bytes);
    let _ = serde_json::from_slice::<Branch>(bytes);
    let _ = serde_json::from_slice::<Release>(bytes);
    let _ = webhooks::parse(bytes);
    if let Ok(result) = serde_json::from_slice::<SqlResult>(bytes) {
        let _ = result.rows::<std::collections::BTreeMap<String, i64>>();
        let _ = result.ordered_rows();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        decode_all(&bytes);
    }

    #[test]
    fn arbitrary_json_never_panics(value in arb_json()) {
        decode_all(&serde_json::to_vec(&value).unwrap());
    }

    #[test]
    fn objects_always_decode_into_tolerant_models(value in arb_json()) {
        // Any JSON object is a valid (if empty) answer for the tolerant models.
        if let Value::Object(_) = &value {
            let bytes = serde_json::to_vec(&value).unwrap();
            prop_assert!(serde_json::from_slice::<Pull>(&bytes).is_ok());
            prop_assert!(serde_json::from_slice::<Job>(&bytes).is_ok());
            prop_assert!(serde_json::from_slice::<JobPoll>(&bytes).is_ok());
            prop_assert!(serde_json::from_slice::<Branch>(&bytes).is_ok());
        }
    }
}
