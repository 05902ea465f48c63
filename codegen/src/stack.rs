//! Runs the generator on a thread of its own, with a large stack.
//!
//! The YAML reader, serde, typify, syn and prettyplease all recurse over the nesting of the spec.
//! The validator bounds that nesting ([`crate::validate::MAX_DEPTH`]), but how much stack each
//! level takes depends on the build (debug frames are several times larger than release ones)
//! and the caller's thread may be small (test threads get 2 MiB). Measured in a debug build: a
//! schema of 50 nested arrays, well within the depth limit, overflows a 2 MiB stack and needs
//! about 3 MiB. A dedicated thread with a generous stack makes the outcome independent of the
//! caller; the memory is only reserved, and pages are used as the recursion reaches them.

use std::any::Any;
use std::thread;

use crate::error::{Error, Location};

/// The stack size of the generator thread.
const STACK_BYTES: usize = 64 * 1024 * 1024;

/// Runs `f` on a new thread with a [`STACK_BYTES`] stack and returns its result; a panic that
/// escapes `f` becomes an [`Error`] too.
pub(crate) fn on_large_stack<T: Send>(
    file: &str,
    f: impl FnOnce() -> Result<T, Error> + Send,
) -> Result<T, Error> {
    thread::scope(|scope| {
        let handle = thread::Builder::new()
            .name("codegen".to_owned())
            .stack_size(STACK_BYTES)
            .spawn_scoped(scope, f)
            .map_err(|err| {
                Error::new(
                    file,
                    Location::Document,
                    format!("the generator cannot start its worker thread ({err}); free some memory and run it again"),
                )
            })?;
        handle.join().unwrap_or_else(|payload| {
            Err(Error::new(
                file,
                Location::Document,
                format!(
                    "the generator panicked ({}); this is a generator bug, please report it with the spec",
                    panic_text(payload.as_ref())
                ),
            ))
        })
    })
}

/// The message of a panic payload.
pub(crate) fn panic_text(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_owned())
}
