//! `cargo xtask bench`: every benchmark of the workspace in one run, printed as one table.
//!
//! The figures come from three release-built bench programs that print `@bench key=value`
//! lines (`codegen/benches/generate.rs`, `generated-client/benches/decode.rs` and
//! `generated-client/benches/throughput.rs`) and from commands timed here: a warm
//! `cargo xtask regen` as a user runs it, and the cold and incremental release build of
//! `pembalasan-client` in its own target directory. Nothing here asserts a timing: the table
//! says which targets were met and which were missed, and the command succeeds either way
//! unless a step could not run.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

/// What `cargo xtask bench` measures.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Leave out the cold and incremental build of `pembalasan-client` (the longest step: a
    /// few minutes on 2 cores).
    pub skip_build_cost: bool,
}

/// Where the regen timing works: a copy of the spec and the files regen writes from it, so
/// the real generated files are never touched (relative to the workspace root).
pub const REGEN_DIR: &str = "target/bench-regen";

/// The fresh target directory of the cold build (relative to the workspace root; emptied
/// before each run).
pub const BUILD_DIR: &str = "target/bench-build/cold";

/// Timed runs of each `cargo xtask` command, after one warm-up run.
const REGEN_RUNS: usize = 5;

/// The pinned openapi-generator the regen time is compared with, and where the bench installs
/// it and lets it write (relative to the workspace root).
pub const OPENAPI_GENERATOR_PIN: &str = "xtask/tools/bench-requirements.txt";
const OPENAPI_GENERATOR_DIR: &str = ".tools/openapi-generator";
const OPENAPI_GENERATOR_OUT: &str = "target/bench-openapi-generator";
/// Timed runs of openapi-generator over every family's spec, after one warm-up run.
const OPENAPI_GENERATOR_RUNS: usize = 3;

/// Targets the figures are held to.
const THROUGHPUT_TARGET: f64 = 0.95;
const DECODE_TARGET: f64 = 1.0;
const REGEN_TARGET_S: f64 = 0.5;
/// A warm regen with nothing to write, as a share of openapi-generator's time.
const REGEN_VS_OPENAPI_GENERATOR_TARGET: f64 = 0.05;
/// Codegen is "linear" when time grows with operations to at most this power (fitted between
/// 1x and 100x); 1.05 leaves room for noise, a quadratic step would show as up to 2.
const LINEAR_EXPONENT_TARGET: f64 = 1.05;

/// Figures by key, as the bench programs print them.
type Figures = BTreeMap<String, f64>;

/// Runs every benchmark and prints the table.
pub fn run(root: &Path, options: &Options) -> Result<(), String> {
    let machine = Machine::detect(root);
    eprintln!("bench: {}", machine.describe());
    if machine.load_start > 0.5 {
        eprintln!(
            "bench: warning: load average {:.2} before starting; other work on this machine skews the figures",
            machine.load_start
        );
    }
    let started = Instant::now();

    step("building the bench programs (release)");
    crate::cargo::status(
        root,
        &[
            "bench",
            "-p",
            "codegen",
            "-p",
            "pembalasan-client",
            "--no-run",
        ],
        &[],
    )?;

    let mut figures = Figures::new();
    step("codegen at 1x, 10x and 100x the spec");
    figures.append(&mut bench_program(root, "codegen", "generate")?);
    step("warm `cargo xtask regen`");
    figures.append(&mut regen_wall(root)?);
    step("openapi-generator 7.26 (rust) on the same specs");
    match openapi_generator(root) {
        Ok(mut found) => figures.append(&mut found),
        Err(message) => eprintln!("bench: openapi-generator not measured: {message}"),
    }
    step("decoding a 10 MB body");
    figures.append(&mut bench_program(root, "pembalasan-client", "decode")?);
    step("client throughput against a local server");
    figures.append(&mut bench_program(root, "pembalasan-client", "throughput")?);
    figures.append(&mut dependency_count(root)?);
    if options.skip_build_cost {
        step("build cost skipped (--skip-build-cost)");
    } else {
        step("cold and incremental release build of pembalasan-client");
        figures.append(&mut build_cost(root)?);
    }

    let load_end = load_average().unwrap_or(f64::NAN);
    let table = render(&machine, load_end, &figures, options);
    eprintln!("bench: done in {:.0} s\n", started.elapsed().as_secs_f64());
    print!("{table}");
    Ok(())
}

/// Prints which step is running, on stderr.
fn step(what: &str) {
    eprintln!("bench: {what}");
}

/// The machine the figures come from.
#[derive(Debug, Clone)]
pub struct Machine {
    /// Logical CPUs the process may use.
    pub cpus: usize,
    /// `lscpu`'s model name.
    pub model: String,
    /// Total memory in GiB.
    pub memory_gib: f64,
    /// `rustc -V`.
    pub rustc: String,
    /// The 1-minute load average when the run started.
    pub load_start: f64,
}

impl Machine {
    /// Reads the machine's description; parts that cannot be read say "unknown".
    pub fn detect(root: &Path) -> Machine {
        let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
        let model = command_output(root, "lscpu", &[])
            .and_then(|text| {
                text.lines()
                    .find_map(|line| line.strip_prefix("Model name:"))
                    .map(|model| model.trim().to_owned())
            })
            .unwrap_or_else(|| "unknown CPU".to_owned());
        let memory_gib = std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|text| {
                text.lines()
                    .find_map(|line| line.strip_prefix("MemTotal:"))
                    .and_then(|rest| {
                        rest.trim()
                            .trim_end_matches("kB")
                            .trim()
                            .parse::<f64>()
                            .ok()
                    })
            })
            .map_or(f64::NAN, |kib| kib / (1024.0 * 1024.0));
        let rustc = command_output(root, "rustc", &["-V"])
            .map(|text| text.trim().to_owned())
            .unwrap_or_else(|| "rustc unknown".to_owned());
        Machine {
            cpus,
            model,
            memory_gib,
            rustc,
            load_start: load_average().unwrap_or(f64::NAN),
        }
    }

    /// One line: CPUs, model, memory, rustc.
    pub fn describe(&self) -> String {
        format!(
            "{} CPUs ({}), {:.1} GiB memory, {}",
            self.cpus, self.model, self.memory_gib, self.rustc
        )
    }
}

/// The 1-minute load average, from /proc/loadavg.
fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The stdout of a command, if it ran and succeeded.
fn command_output(root: &Path, program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .current_dir(root)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Runs one bench program in release and collects its `@bench key=value` lines; everything
/// else it prints is passed through to stderr.
fn bench_program(root: &Path, package: &str, bench: &str) -> Result<Figures, String> {
    let args = ["bench", "-q", "-p", package, "--bench", bench];
    let mut child = crate::cargo::workspace(root)
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot run cargo ({err})"))?;
    let mut figures = Figures::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines() {
            let line = line.map_err(|err| format!("cannot read `cargo bench` output ({err})"))?;
            match parse_figure(&line) {
                Some((key, value)) => {
                    figures.insert(key, value);
                }
                None if line.trim().is_empty() => {}
                None => eprintln!("{line}"),
            }
        }
    }
    let status = child
        .wait()
        .map_err(|err| format!("cannot wait for cargo ({err})"))?;
    if status.success() {
        Ok(figures)
    } else {
        Err(format!("`cargo {}` failed ({status})", args.join(" ")))
    }
}

/// Parses `@bench key=value`.
pub fn parse_figure(line: &str) -> Option<(String, f64)> {
    let (key, value) = line.strip_prefix("@bench ")?.split_once('=')?;
    Some((key.trim().to_owned(), value.trim().parse().ok()?))
}

/// Times `cargo xtask regen` as a user runs it, on a copy of the spec in [`REGEN_DIR`]: with
/// nothing to write, and right after an edit of the spec (so the generated files are
/// rewritten). Also times `cargo xtask --help`: cargo's own start-up and freshness check.
fn regen_wall(root: &Path) -> Result<Figures, String> {
    let dir = root.join(REGEN_DIR);
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|err| format!("{}: cannot empty ({err})", dir.display()))?;
    }
    let spec_dir = dir.join("spec");
    std::fs::create_dir_all(&spec_dir)
        .map_err(|err| format!("{}: cannot create ({err})", spec_dir.display()))?;
    for family in crate::FAMILIES {
        let path = family.spec();
        std::fs::copy(root.join(&path), dir.join(&path))
            .map_err(|err| format!("{path}: cannot copy ({err})"))?;
    }
    // The edit goes into the first family's spec.
    let edited_spec = crate::FAMILIES[0].spec();
    let spec = dir.join(&edited_spec);
    let original = std::fs::read_to_string(&spec)
        .map_err(|err| format!("{edited_spec}: cannot read ({err})"))?;

    let dir_text = dir.to_string_lossy().into_owned();
    let regen = ["xtask", "--root", dir_text.as_str(), "regen"];
    // Warm-up: builds xtask if it is stale and writes the generated files into the copy.
    time_quiet(root, &regen)?;
    let mut unchanged = Vec::new();
    for _ in 0..REGEN_RUNS {
        unchanged.push(time_quiet(root, &regen)?);
    }
    let mut edited = Vec::new();
    for run in 0..REGEN_RUNS {
        std::fs::write(&spec, format!("{original}# bench edit {run}\n"))
            .map_err(|err| format!("{}: cannot write ({err})", spec.display()))?;
        edited.push(time_quiet(root, &regen)?);
    }
    let mut startup = Vec::new();
    for _ in 0..REGEN_RUNS {
        startup.push(time_quiet(root, &["xtask", "--help"])?);
    }
    let mut figures = Figures::new();
    figures.insert("regen.unchanged_s".into(), median_s(&mut unchanged));
    figures.insert("regen.edited_s".into(), median_s(&mut edited));
    figures.insert("regen.cargo_startup_s".into(), median_s(&mut startup));
    figures.insert("regen.runs".into(), REGEN_RUNS as f64);
    Ok(figures)
}

/// Runs cargo with its output hidden and returns how long it took; fails when it fails.
fn time_quiet(root: &Path, args: &[&str]) -> Result<Duration, String> {
    let clock = Instant::now();
    let output = crate::cargo::workspace(root)
        .args(args)
        .output()
        .map_err(|err| format!("cannot run cargo ({err})"))?;
    let took = clock.elapsed();
    if output.status.success() {
        Ok(took)
    } else {
        Err(format!(
            "`cargo {}` failed ({}): {}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

/// The median of durations, in seconds (sorts them).
fn median_s(times: &mut [Duration]) -> f64 {
    times.sort();
    times
        .get(times.len() / 2)
        .map_or(f64::NAN, Duration::as_secs_f64)
}

/// Installs the pinned openapi-generator (once) and times its Rust generator over every
/// family's published spec, one after the other, as one would regenerate with it.
fn openapi_generator(root: &Path) -> Result<Figures, String> {
    let dir = root.join(OPENAPI_GENERATOR_DIR);
    let jar = dir.join("openapi_generator_cli/openapi-generator.jar");
    if !jar.exists() {
        let output = Command::new("python3")
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(["--no-deps", "--require-hashes", "--target"])
            .arg(&dir)
            .arg("-r")
            .arg(root.join(OPENAPI_GENERATOR_PIN))
            .output()
            .map_err(|err| format!("cannot run python3 -m pip ({err})"))?;
        if !output.status.success() || !jar.exists() {
            return Err(format!(
                "pip install -r {OPENAPI_GENERATOR_PIN} failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
    }
    let run_all = || -> Result<Duration, String> {
        let clock = Instant::now();
        for family in crate::FAMILIES {
            let out = root.join(OPENAPI_GENERATOR_OUT).join(family.name);
            let output = Command::new("java")
                .arg("-jar")
                .arg(&jar)
                .args(["generate", "-g", "rust", "-i"])
                .arg(root.join(family.spec_json()))
                .arg("-o")
                .arg(&out)
                .output()
                .map_err(|err| format!("cannot run java ({err})"))?;
            if !output.status.success() {
                return Err(format!(
                    "openapi-generator failed on {}: {}",
                    family.spec_json(),
                    String::from_utf8_lossy(&output.stdout).trim()
                ));
            }
        }
        Ok(clock.elapsed())
    };
    run_all()?;
    let mut times = Vec::new();
    for _ in 0..OPENAPI_GENERATOR_RUNS {
        times.push(run_all()?);
    }
    let mut figures = Figures::new();
    figures.insert("openapi_generator.all_s".into(), median_s(&mut times));
    figures.insert(
        "openapi_generator.runs".into(),
        OPENAPI_GENERATOR_RUNS as f64,
    );
    Ok(figures)
}

/// The crates `pembalasan-client` depends on at run time with default features (normal
/// dependencies, itself excluded), from `cargo tree`.
fn dependency_count(root: &Path) -> Result<Figures, String> {
    let crates = crate::cargo::client_dependencies(root, &[])?;
    let mut figures = Figures::new();
    figures.insert("build.dependencies".into(), crates.len() as f64);
    let public_only = ["--no-default-features", "--features", "rustls,public"];
    let crates = crate::cargo::client_dependencies(root, &public_only)?;
    figures.insert("build.dependencies_public_only".into(), crates.len() as f64);
    Ok(figures)
}

/// The cold release build of `pembalasan-client` in a fresh target directory, then the
/// rebuild after touching its `src/lib.rs`.
fn build_cost(root: &Path) -> Result<Figures, String> {
    let dir = root.join(BUILD_DIR);
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|err| format!("{}: cannot empty ({err})", dir.display()))?;
    }
    let build = ["build", "--release", "-p", "pembalasan-client"];
    let (cold, compiled) = timed_build(root, &dir, &build)?;
    let lib = root.join("generated-client/src/lib.rs");
    std::fs::File::options()
        .append(true)
        .open(&lib)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .map_err(|err| format!("{}: cannot touch ({err})", lib.display()))?;
    let (incremental, _) = timed_build(root, &dir, &build)?;
    let mut figures = Figures::new();
    figures.insert("build.cold_s".into(), cold.as_secs_f64());
    figures.insert("build.cold_crates".into(), compiled as f64);
    figures.insert("build.incremental_s".into(), incremental.as_secs_f64());
    // One family: the same dependencies, already built; what is left is the crate itself
    // with that family's generated code only.
    for family in crate::FAMILIES {
        let features = format!("rustls,{}", family.name);
        let one = [
            "build",
            "--release",
            "-p",
            "pembalasan-client",
            "--no-default-features",
            "--features",
            &features,
        ];
        let (took, compiled) = timed_build(root, &dir, &one)?;
        figures.insert(format!("build.only_{}_s", family.name), took.as_secs_f64());
        figures.insert(
            format!("build.only_{}_crates", family.name),
            compiled as f64,
        );
    }
    Ok(figures)
}

/// Runs a build with `CARGO_TARGET_DIR=dir`; returns its time and how many crates it compiled.
fn timed_build(root: &Path, dir: &Path, args: &[&str]) -> Result<(Duration, usize), String> {
    let clock = Instant::now();
    let output = crate::cargo::workspace(root)
        .args(args)
        .env("CARGO_TARGET_DIR", dir)
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .map_err(|err| format!("cannot run cargo ({err})"))?;
    let took = clock.elapsed();
    let log = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return Err(format!(
            "`cargo {}` in {} failed: {}",
            args.join(" "),
            dir.display(),
            log.trim()
        ));
    }
    let compiled = log
        .lines()
        .filter(|line| line.trim_start().starts_with("Compiling "))
        .count();
    Ok((took, compiled))
}

/// One row of the table.
struct Row {
    area: &'static str,
    what: String,
    figure: String,
    ratio: String,
    target: String,
}

/// A target's verdict, or "n/a" when a figure is missing.
fn verdict(value: f64, met: bool, text: &str) -> String {
    if value.is_nan() {
        format!("{text}: n/a")
    } else if met {
        format!("{text}: met")
    } else {
        format!("{text}: **missed**")
    }
}

/// Formats a duration given in seconds with a sensible unit.
fn duration(seconds: f64) -> String {
    if seconds.is_nan() {
        "n/a".to_owned()
    } else if seconds >= 1.0 {
        format!("{seconds:.2} s")
    } else if seconds >= 0.01 {
        format!("{:.0} ms", seconds * 1e3)
    } else {
        format!("{:.2} ms", seconds * 1e3)
    }
}

/// The table (Markdown, aligned), with the machine line above it and the targets below.
pub fn render(machine: &Machine, load_end: f64, figures: &Figures, options: &Options) -> String {
    let get = |key: &str| figures.get(key).copied().unwrap_or(f64::NAN);
    let mut rows = Vec::new();
    let mut verdicts = Vec::new();

    // Regeneration.
    let base_per_op = get("codegen.1x.median_s") / get("codegen.1x.operations");
    for (key, size) in [
        ("codegen.spec", "spec/public.yaml as is"),
        ("codegen.1x", "series 1x (spec without prose)"),
        ("codegen.10x", "series 10x"),
        ("codegen.100x", "series 100x"),
    ] {
        let ops = get(&format!("{key}.operations"));
        let seconds = get(&format!("{key}.median_s"));
        let per_op = seconds / ops;
        let mut target = String::new();
        if key == "codegen.100x" {
            let exponent = (seconds / get("codegen.1x.median_s")).ln()
                / (ops / get("codegen.1x.operations")).ln();
            target = verdict(
                exponent,
                exponent <= LINEAR_EXPONENT_TARGET,
                &format!("linear (time ~ ops^{exponent:.2}, need <= {LINEAR_EXPONENT_TARGET})"),
            );
            verdicts.push(target.clone());
        }
        let figure = if figures.contains_key(&format!("{key}.refused")) {
            "refused by codegen (see the log above)".to_owned()
        } else {
            format!("{} = {:.2} ms/op", duration(seconds), per_op * 1e3)
        };
        rows.push(Row {
            area: "regen",
            what: format!(
                "codegen::generate, {size}: {ops:.0} ops, {:.0} schemas, {:.0} kB (median of {:.0})",
                get(&format!("{key}.schemas")),
                get(&format!("{key}.spec_bytes")) / 1e3,
                get(&format!("{key}.runs")),
            ),
            figure,
            ratio: if key == "codegen.spec" {
                String::new()
            } else {
                format!("{:.2}x per op", per_op / base_per_op)
            },
            target,
        });
    }
    let runs = get("regen.runs");
    let unchanged = get("regen.unchanged_s");
    let edited = get("regen.edited_s");
    let worst = unchanged.max(edited);
    let regen_verdict = verdict(worst, worst < REGEN_TARGET_S, "< 0.5 s");
    verdicts.push(format!("warm regen {regen_verdict}"));
    rows.push(Row {
        area: "regen",
        what: format!("warm `cargo xtask regen`, nothing to write (median of {runs:.0})"),
        figure: duration(unchanged),
        ratio: String::new(),
        target: regen_verdict.clone(),
    });
    rows.push(Row {
        area: "regen",
        what: format!("warm `cargo xtask regen` after a spec edit (median of {runs:.0})"),
        figure: duration(edited),
        ratio: String::new(),
        target: regen_verdict,
    });
    rows.push(Row {
        area: "regen",
        what: "of which cargo's start-up (`cargo xtask --help`)".into(),
        figure: duration(get("regen.cargo_startup_s")),
        ratio: String::new(),
        target: String::new(),
    });
    let generator = get("openapi_generator.all_s");
    let share = unchanged / generator;
    let share_verdict = verdict(
        share,
        share <= REGEN_VS_OPENAPI_GENERATOR_TARGET,
        "nothing to write <= 0.05x openapi-generator",
    );
    verdicts.push(format!("warm regen, {share_verdict}"));
    rows.push(Row {
        area: "regen",
        what: format!(
            "openapi-generator 7.26 `generate -g rust`, every family's spec in turn (median of {:.0})",
            get("openapi_generator.runs")
        ),
        figure: duration(generator),
        ratio: format!("regen {share:.3}x; after an edit {:.2}x", edited / generator),
        target: share_verdict,
    });

    // Client throughput.
    let body_kb = get("throughput.body_bytes") / 1e3;
    let conversations = get("throughput.conversations");
    for concurrency in [1, 4] {
        let key = |who: &str, what: &str| get(&format!("throughput.c{concurrency}.{who}.{what}"));
        let baseline = key("baseline", "rps");
        for (who, label) in [
            ("generated", "generated client"),
            ("baseline", "hand-written reqwest + serde_json"),
            (
                "experiment_reqwest_client_decode",
                "experiment: reqwest + generated types, serde_path_to_error on every decode (the client before the fix)",
            ),
            (
                "experiment_reqwest_generated_types",
                "experiment: reqwest + generated types, from_slice",
            ),
            ("raw_tcp", "server ceiling: raw TCP, no decoding"),
        ] {
            let rps = key(who, "rps");
            let ratio = rps / baseline;
            let target = if who == "generated" {
                let text = verdict(ratio, ratio >= THROUGHPUT_TARGET, ">= 0.95x");
                verdicts.push(format!("throughput ({concurrency} at a time) {text}"));
                text
            } else {
                String::new()
            };
            rows.push(Row {
                area: "client",
                what: format!(
                    "{concurrency} at a time, {label} ({conversations:.0} conversations, {body_kb:.0} kB)"
                ),
                figure: format!(
                    "{rps:.0} req/s, p50 {:.2} ms, p99 {:.2} ms",
                    key(who, "p50_ms"),
                    key(who, "p99_ms")
                ),
                ratio: format!("{ratio:.2}x"),
                target,
            });
        }
        let application = key("application_generated", "rps") / key("application_baseline", "rps");
        let text = verdict(application, application >= THROUGHPUT_TARGET, ">= 0.95x");
        verdicts.push(format!(
            "application throughput ({concurrency} at a time) {text}"
        ));
        for (who, label, target) in [
            (
                "application_generated",
                "application list_messages, generated client",
                text,
            ),
            (
                "application_baseline",
                "application list_messages, hand-written reqwest + serde_json",
                String::new(),
            ),
        ] {
            let rps = key(who, "rps");
            rows.push(Row {
                area: "client",
                what: format!(
                    "{concurrency} at a time, {label} ({:.0} messages, {:.0} kB)",
                    get("throughput.messages"),
                    get("throughput.application_body_bytes") / 1e3
                ),
                figure: format!(
                    "{rps:.0} req/s, p50 {:.2} ms, p99 {:.2} ms",
                    key(who, "p50_ms"),
                    key(who, "p99_ms")
                ),
                ratio: format!("{:.2}x", rps / key("application_baseline", "rps")),
                target,
            });
        }
    }

    // Decoding: each body against its own hand-written baseline; the first kind has the target.
    let public_kinds: &[(&str, &str)] = &[
        ("generated", "generated types (serde_json::from_slice)"),
        (
            "generated_client_path",
            "experiment: generated types, serde_path_to_error on every decode (the client before the fix)",
        ),
        ("handwritten", "hand-written structs"),
        ("value", "serde_json::Value"),
        (
            "experiment_generated_enums",
            "experiment: hand-written + generated open enums",
        ),
        (
            "experiment_generated_sender",
            "experiment: hand-written + generated Sender",
        ),
        (
            "experiment_sender_enum_from_flat",
            "experiment: hand-written + Sender enum decoded via a flat struct",
        ),
    ];
    let application_kinds: &[(&str, &str)] = &[
        (
            "application_generated",
            "application list_messages, generated types",
        ),
        (
            "application_handwritten",
            "application list_messages, hand-written structs",
        ),
    ];
    for (bytes_key, baseline_key, kinds) in [
        ("decode.body_bytes", "handwritten", public_kinds),
        (
            "decode.application_body_bytes",
            "application_handwritten",
            application_kinds,
        ),
    ] {
        let body_mb = get(bytes_key) / 1e6;
        let baseline = get(&format!("decode.{baseline_key}.median_ms"));
        for (index, (who, label)) in kinds.iter().enumerate() {
            let ms = get(&format!("decode.{who}.median_ms"));
            let ratio = ms / baseline;
            let target = if index == 0 {
                let text = verdict(ratio, ratio <= DECODE_TARGET, "<= 1.0x");
                verdicts.push(format!("decode, {label} {text}"));
                text
            } else {
                String::new()
            };
            rows.push(Row {
                area: "decode",
                what: format!("{body_mb:.1} MB, {label}"),
                figure: format!("{ms:.1} ms ({:.0} MB/s)", body_mb / (ms / 1e3)),
                ratio: format!("{ratio:.2}x time"),
                target,
            });
        }
    }

    // Build cost.
    if options.skip_build_cost {
        rows.push(Row {
            area: "build",
            what: "cold and incremental release build".into(),
            figure: "skipped (--skip-build-cost)".into(),
            ratio: String::new(),
            target: String::new(),
        });
    } else {
        rows.push(Row {
            area: "build",
            what: format!("cold `cargo build --release -p pembalasan-client` ({BUILD_DIR})"),
            figure: format!(
                "{}, {:.0} crates compiled",
                duration(get("build.cold_s")),
                get("build.cold_crates")
            ),
            ratio: String::new(),
            target: String::new(),
        });
        rows.push(Row {
            area: "build",
            what: "incremental: touch generated-client/src/lib.rs, rebuild".into(),
            figure: duration(get("build.incremental_s")),
            ratio: String::new(),
            target: String::new(),
        });
        for family in crate::FAMILIES {
            rows.push(Row {
                area: "build",
                what: format!(
                    "only `{}` (`--no-default-features --features rustls,{}`), dependencies already built",
                    family.name, family.name
                ),
                figure: format!(
                    "{}, {:.0} crates compiled",
                    duration(get(&format!("build.only_{}_s", family.name))),
                    get(&format!("build.only_{}_crates", family.name))
                ),
                ratio: String::new(),
                target: String::new(),
            });
        }
    }
    rows.push(Row {
        area: "build",
        what: "dependencies (`cargo tree -e normal`, default features)".into(),
        figure: format!("{:.0} crates", get("build.dependencies")),
        ratio: String::new(),
        target: String::new(),
    });
    rows.push(Row {
        area: "build",
        what: "dependencies (`cargo tree -e normal`), only `public`".into(),
        figure: format!("{:.0} crates", get("build.dependencies_public_only")),
        ratio: String::new(),
        target: String::new(),
    });

    let mut out = String::new();
    let _ = writeln!(
        out,
        "Machine: {}; load average {:.2} at start, {:.2} at end\n",
        machine.describe(),
        machine.load_start,
        load_end
    );
    let header = Row {
        area: "area",
        what: "measurement".into(),
        figure: "figure".into(),
        ratio: "vs baseline".into(),
        target: "target".into(),
    };
    let cells = |row: &Row| {
        [
            row.area.to_owned(),
            row.what.clone(),
            row.figure.clone(),
            row.ratio.clone(),
            row.target.clone(),
        ]
    };
    let mut widths = [0usize; 5];
    for row in std::iter::once(&header).chain(&rows) {
        for (width, cell) in widths.iter_mut().zip(cells(row)) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: [String; 5]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        format!("| {} |\n", padded.join(" | "))
    };
    out.push_str(&line(cells(&header)));
    out.push_str(&line(widths.map(|width| "-".repeat(width))));
    for row in &rows {
        out.push_str(&line(cells(row)));
    }
    let _ = writeln!(out, "\nTargets:");
    for text in verdicts {
        let _ = writeln!(out, "- {text}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_figure_lines() {
        assert_eq!(
            parse_figure("@bench decode.value.median_ms=72.5"),
            Some(("decode.value.median_ms".to_owned(), 72.5))
        );
        assert_eq!(parse_figure("decode: 10 MB"), None);
        assert_eq!(parse_figure("@bench broken"), None);
    }

    #[test]
    fn renders_missing_figures_as_not_available() {
        let machine = Machine {
            cpus: 2,
            model: "test CPU".into(),
            memory_gib: 1.0,
            rustc: "rustc 1.0".into(),
            load_start: 0.0,
        };
        let table = render(&machine, 0.0, &Figures::new(), &Options::default());
        assert!(table.contains("Machine: 2 CPUs (test CPU)"));
        assert!(table.contains("< 0.5 s: n/a"));
        assert!(!table.contains(": met"));
    }
}
