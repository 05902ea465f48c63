//! Runs progenitor and prints its token streams as formatted Rust source.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

use proc_macro2::TokenStream;

use crate::error::{Error, Location};

/// Serialises swaps of the process-wide panic hook.
static PANIC_HOOK: Mutex<()> = Mutex::new(());

/// Runs `f`, turning a panic inside it into an [`Error`] and keeping its message off stderr.
///
/// progenitor and typify panic on some inputs; the validator rejects all the ones we know, and
/// this is the backstop so that a user still gets a sentence instead of a backtrace.
pub(crate) fn contain_panics<T>(
    file: &str,
    what: &str,
    f: impl FnOnce() -> Result<T, Error>,
) -> Result<T, Error> {
    let _guard = PANIC_HOOK
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let previous = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let outcome = panic::catch_unwind(AssertUnwindSafe(f));
    panic::set_hook(previous);
    match outcome {
        Ok(result) => result,
        Err(payload) => {
            let detail = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no message".to_owned());
            Err(Error::new(
                file,
                Location::Document,
                format!(
                    "{what} failed on a construct it does not support ({detail}); simplify the schema or operation it names"
                ),
            ))
        }
    }
}

/// Prints a token stream as a formatted Rust file.
pub(crate) fn format_tokens(file: &str, what: &str, tokens: TokenStream) -> Result<String, Error> {
    let syntax: syn::File = syn::parse2(tokens).map_err(|err| {
        Error::new(
            file,
            Location::Document,
            format!("{what} produced Rust that does not parse ({err}); this is a generator bug, please report it with the spec"),
        )
    })?;
    Ok(prettyplease::unparse(&syntax))
}
