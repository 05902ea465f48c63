//! Prints the client that `codegen` generates for a spec file: `cargo run -p codegen --example generate -- SPEC`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: generate SPEC.yaml");
        return ExitCode::FAILURE;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: cannot read ({err})");
            return ExitCode::FAILURE;
        }
    };
    match codegen::generate(&codegen::Spec::new("public", &path, &text)) {
        Ok(output) => {
            print!("{}", output.client);
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
