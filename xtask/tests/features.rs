//! What a user of `pembalasan-client` compiles: without the `realtime` feature no websocket
//! crate is in the dependency tree, with it the websocket goes through rustls, and no feature
//! brings in the system's OpenSSL.

/// The names of the crates `pembalasan-client` depends on at run time with these cargo
/// arguments.
fn dependencies(features: &[&str]) -> Vec<String> {
    xtask::cargo::client_dependencies(&xtask::workspace_root(), features)
        .unwrap_or_else(|err| panic!("{err}"))
        .iter()
        .filter_map(|package| package.split(' ').next().map(str::to_owned))
        .collect()
}

#[test]
fn websocket_code_comes_only_with_the_realtime_feature() {
    let default = dependencies(&[]);
    assert!(default.iter().any(|name| name == "reqwest"), "{default:?}");
    assert!(
        !default.iter().any(|name| name.contains("tungstenite")),
        "default features pull in a websocket crate: {default:?}"
    );
    let realtime = dependencies(&["--features", "realtime"]);
    for wanted in ["tokio-tungstenite", "tungstenite", "tokio-rustls"] {
        assert!(
            realtime.iter().any(|name| name == wanted),
            "{wanted} missing"
        );
    }
    let everything = dependencies(&["--all-features"]);
    for unwanted in ["openssl-sys", "native-tls", "openssl"] {
        assert!(
            !everything.iter().any(|name| name == unwanted),
            "{unwanted} is in the tree"
        );
    }
}
