//! What a user of `pembalasan-client` compiles: without the `realtime` feature no websocket
//! crate is in the dependency tree, with it the websocket goes through rustls, and no feature
//! brings in the system's OpenSSL.

/// The crates `pembalasan-client` depends on (normal dependencies, no dev or build ones) with
/// these cargo arguments, one name per line.
fn dependencies(features: &[&str]) -> Vec<String> {
    let output = xtask::cargo::workspace(&xtask::workspace_root())
        .args([
            "tree",
            "-p",
            "pembalasan-client",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .args(["--format", "{p}"])
        .args(features)
        .output()
        .unwrap_or_else(|err| panic!("cannot run cargo tree: {err}"));
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next().map(str::to_owned))
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
