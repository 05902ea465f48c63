//! libFuzzer target: `codegen::generate` on arbitrary UTF-8 text.
//!
//! `generate` must return a client or an `Error`; it must not panic, overflow the stack or hang.
//! A panic caught by its own backstop (the "failed on a construct it does not support" and
//! "the generator panicked" errors) counts as a crash here too: it means the validator let
//! through a spec that progenitor or typify cannot handle, and the user gets no place to look.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(error) = codegen::generate(&codegen::Spec::new("public", "fuzz.yaml", text)) {
        let shown = error.to_string();
        assert!(
            !shown.contains("the generator panicked")
                && !shown.contains("failed on a construct it does not support"),
            "a panic the validator should have prevented: {shown}"
        );
        assert!(
            !shown.contains('\n'),
            "a message of more than one line: {shown}"
        );
    }
});
