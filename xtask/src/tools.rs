//! Third-party tools that `cargo xtask` runs: pinned npm and PyPI packages, installed into the
//! git-ignored `.tools/` folder at the workspace root.
//!
//! - npm: `xtask/tools/package.json` + `package-lock.json` → `.tools/node` (`npm ci`).
//! - PyPI: `xtask/tools/requirements.txt` (every package, transitive ones included, pinned with
//!   `==`) → `.tools/venv` (`python3 -m venv`, `pip install --no-deps`, `pip check`).
//!
//! Each install folder holds a stamp: a SHA-256 of the pin files it was installed from.
//! [`node_tools`] and [`python_tools`] reinstall only when it no longer matches (or an expected
//! executable, or the venv's interpreter, is gone), under a lock so that concurrent runs (tests,
//! two terminals) do not install on top of each other. A missing or too old Node.js or Python
//! is an error that says what to install.
//!
//! [`Prism`] runs a Prism mock server of a spec for as long as the value lives.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

/// Folder of the installed tools, relative to the workspace root (git-ignored).
pub const TOOLS_DIR: &str = ".tools";
/// Where the npm packages are installed, relative to the workspace root.
pub const NODE_DIR: &str = ".tools/node";
/// Where the Python virtual environment lives, relative to the workspace root.
pub const VENV_DIR: &str = ".tools/venv";
/// The npm manifest with the exact versions, relative to the workspace root.
pub const PACKAGE_JSON: &str = "xtask/tools/package.json";
/// The npm lockfile, relative to the workspace root.
pub const PACKAGE_LOCK: &str = "xtask/tools/package-lock.json";
/// The Python pins (`==`, transitive dependencies included), relative to the workspace root.
pub const REQUIREMENTS: &str = "xtask/tools/requirements.txt";

/// The file in each install folder that records what was installed there.
const STAMP_FILE: &str = ".xtask-stamp";
/// The lock held while installing, relative to the workspace root.
const LOCK_DIR: &str = ".tools/.install-lock";
/// How long to wait for another process's install before giving up.
const LOCK_WAIT: Duration = Duration::from_secs(15 * 60);

/// The executables `npm ci` must have produced in `node_modules/.bin`.
const NODE_BINS: &[&str] = &["redocly", "prism", "openapi-typescript", "tsc", "asyncapi"];
/// The executables `pip install` must have produced in the venv's `bin`.
const PYTHON_BINS: &[&str] = &["openapi-spec-validator", "openapi-python-client", "ruff"];

/// What to install when Node.js is missing or unsupported.
const NODE_HINT: &str = "install Node.js 22.12+ (or 20.19+ on the 20 line) with npm \
     (Debian 13: apt-get install nodejs npm; Debian 12's nodejs 18 is too old)";
/// What to install when Python is missing or unsupported.
const PYTHON_HINT: &str = "install Python 3.11+ with venv and pip \
     (Debian: apt-get install python3 python3-venv python3-pip)";

/// The pinned npm tools, installed in `.tools/node`.
#[derive(Debug, Clone)]
pub struct NodeTools {
    /// The install folder (`<root>/.tools/node`).
    pub dir: PathBuf,
    /// The `node` executable that installed them and runs them.
    pub node: PathBuf,
    /// `node --version`, e.g. `v20.20.2`.
    pub node_version: String,
    /// How long the install took, when this call installed; `None` when it was up to date.
    pub installed_in: Option<Duration>,
}

impl NodeTools {
    /// The path of an executable in `node_modules/.bin` (e.g. `redocly`, `prism`, `tsc`).
    pub fn bin(&self, name: &str) -> PathBuf {
        self.dir.join("node_modules").join(".bin").join(name)
    }

    /// A command running `node_modules/.bin/<name>` with the `node` that installed it first on
    /// `PATH` (the scripts start with `#!/usr/bin/env node`) and Redocly's telemetry off.
    pub fn command(&self, name: &str) -> Command {
        let mut command = Command::new(self.bin(name));
        if let Some(dir) = self.node.parent() {
            command.env("PATH", prepend_path(dir));
        }
        command
            .env("REDOCLY_TELEMETRY", "off")
            .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
            .env("NO_UPDATE_NOTIFIER", "1")
            .stdin(Stdio::null());
        command
    }
}

/// The pinned Python tools, installed in the virtual environment `.tools/venv`.
#[derive(Debug, Clone)]
pub struct PythonTools {
    /// The virtual environment (`<root>/.tools/venv`).
    pub venv: PathBuf,
    /// The base interpreter's version, e.g. `3.11.7`.
    pub python_version: String,
    /// How long the install took, when this call installed; `None` when it was up to date.
    pub installed_in: Option<Duration>,
}

impl PythonTools {
    /// The path of an executable in the venv's `bin` (e.g. `python`, `ruff`).
    pub fn bin(&self, name: &str) -> PathBuf {
        self.venv.join("bin").join(name)
    }

    /// A command running the venv's `bin/<name>` with the venv activated: its `bin` first on
    /// `PATH` (openapi-python-client runs `ruff` from there) and `VIRTUAL_ENV` set.
    pub fn command(&self, name: &str) -> Command {
        let mut command = Command::new(self.bin(name));
        command
            .env("PATH", prepend_path(&self.venv.join("bin")))
            .env("VIRTUAL_ENV", &self.venv)
            .env_remove("PYTHONHOME")
            .env("PYTHONNOUSERSITE", "1")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .stdin(Stdio::null());
        command
    }
}

/// Makes sure the pinned npm packages are installed in `<root>/.tools/node`, installing them
/// when the folder is missing or its stamp does not match the pins and the current `node`.
pub fn node_tools(root: &Path) -> Result<NodeTools, String> {
    let node = find_on_path("node");
    let npm = find_on_path("npm");
    let (node, npm) = match (node, npm) {
        (Some(node), Some(npm)) => (node, npm),
        (None, None) => return Err(format!("node and npm not found on PATH: {NODE_HINT}")),
        (None, Some(npm)) => {
            return Err(format!(
                "node not found on PATH (npm is at {}): {NODE_HINT}",
                npm.display()
            ));
        }
        (Some(node), None) => {
            return Err(format!(
                "npm not found on PATH (node is at {}): install npm (Debian: apt-get install npm)",
                node.display()
            ));
        }
    };
    let node_version = first_line(&capture(Command::new(&node).arg("--version"), "node")?);
    let supported = parse_version(&node_version).is_some_and(node_supported);
    if !supported {
        return Err(format!(
            "{} is Node.js {node_version}, which the pinned tools do not support \
             (@redocly/cli needs >=20.19 <21 or >=22.12): {NODE_HINT}",
            node.display()
        ));
    }

    let dir = root.join(NODE_DIR);
    let manifest = read_pin(root, PACKAGE_JSON)?;
    let lock = read_pin(root, PACKAGE_LOCK)?;
    let stamp = stamp(&[
        (PACKAGE_JSON, manifest.as_str()),
        (PACKAGE_LOCK, lock.as_str()),
    ]);
    let mut tools = NodeTools {
        dir: dir.clone(),
        node,
        node_version,
        installed_in: None,
    };
    let ready = |tools: &NodeTools| {
        stamp_matches(&tools.dir, &stamp) && NODE_BINS.iter().all(|bin| tools.bin(bin).is_file())
    };
    if ready(&tools) {
        return Ok(tools);
    }
    let _lock = InstallLock::acquire(&root.join(LOCK_DIR))?;
    if ready(&tools) {
        return Ok(tools);
    }

    let started = Instant::now();
    eprintln!(
        "tools: installing the npm packages pinned in {PACKAGE_LOCK} into {NODE_DIR} (npm ci)"
    );
    remove_stamp(&dir)?;
    fs::create_dir_all(&dir).map_err(|err| format!("{NODE_DIR}: cannot create ({err})"))?;
    for (name, contents) in [("package.json", &manifest), ("package-lock.json", &lock)] {
        crate::files::write_if_changed(&dir.join(name), contents)
            .map_err(|err| format!("{NODE_DIR}/{name}: cannot write ({err})"))?;
    }
    let mut npm_ci = Command::new(&npm);
    if let Some(node_dir) = tools.node.parent() {
        npm_ci.env("PATH", prepend_path(node_dir));
    }
    npm_ci
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&dir)
        .env("npm_config_update_notifier", "false")
        .stdin(Stdio::null());
    run_quiet(&mut npm_ci, &format!("npm ci (in {NODE_DIR})")).map_err(|err| {
        format!("{err}\nhint: the npm registry must be reachable; the pins are in {PACKAGE_LOCK}")
    })?;
    for bin in NODE_BINS {
        if !tools.bin(bin).is_file() {
            return Err(format!(
                "npm ci finished but {} is missing: is `{bin}` still in {PACKAGE_JSON}?",
                tools.bin(bin).display()
            ));
        }
    }
    write_stamp(&dir, &stamp)?;
    tools.installed_in = Some(started.elapsed());
    Ok(tools)
}

/// Makes sure the pinned Python packages are installed in the virtual environment
/// `<root>/.tools/venv`, recreating it when it is missing or its stamp does not match the pins
/// and the current `python3`.
pub fn python_tools(root: &Path) -> Result<PythonTools, String> {
    let venv = root.join(VENV_DIR);
    let requirements = read_pin(root, REQUIREMENTS)?;
    let stamp = stamp(&[(REQUIREMENTS, requirements.as_str())]);
    let mut tools = PythonTools {
        venv: venv.clone(),
        python_version: venv_python_version(&venv),
        installed_in: None,
    };
    // `bin/python` is a symlink to the interpreter that made the venv: `is_file` follows it, so
    // a venv whose interpreter is gone is rebuilt too.
    let ready = |tools: &PythonTools| {
        stamp_matches(&tools.venv, &stamp)
            && tools.bin("python").is_file()
            && PYTHON_BINS.iter().all(|bin| tools.bin(bin).is_file())
    };
    if ready(&tools) {
        return Ok(tools);
    }
    let _lock = InstallLock::acquire(&root.join(LOCK_DIR))?;
    if ready(&tools) {
        tools.python_version = venv_python_version(&venv);
        return Ok(tools);
    }

    let python = find_on_path("python3")
        .ok_or_else(|| format!("python3 not found on PATH: {PYTHON_HINT}"))?;
    let python_version = first_line(&capture(
        Command::new(&python).args(["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"]),
        "python3",
    )?);
    let supported = parse_version(&python_version).is_some_and(|v| v >= (3, 11, 0));
    if !supported {
        return Err(format!(
            "{} is Python {python_version}; the pinned tools need 3.11+: {PYTHON_HINT}",
            python.display()
        ));
    }
    tools.python_version = python_version;

    let started = Instant::now();
    eprintln!(
        "tools: installing the PyPI packages pinned in {REQUIREMENTS} into {VENV_DIR} (venv + pip)"
    );
    if venv.exists() {
        fs::remove_dir_all(&venv).map_err(|err| format!("{VENV_DIR}: cannot remove ({err})"))?;
    }
    if let Some(parent) = venv.parent() {
        fs::create_dir_all(parent).map_err(|err| format!("{TOOLS_DIR}: cannot create ({err})"))?;
    }
    run_quiet(
        Command::new(&python)
            .args(["-m", "venv"])
            .arg(&venv)
            .stdin(Stdio::null()),
        &format!("python3 -m venv {VENV_DIR}"),
    )
    .map_err(|err| {
        format!(
            "{err}\nhint: {} cannot create a virtual environment: {PYTHON_HINT}",
            python.display()
        )
    })?;
    run_quiet(
        tools
            .command("python")
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-input",
                "--require-virtualenv",
                "--no-deps",
                "--requirement",
            ])
            .arg(root.join(REQUIREMENTS)),
        &format!("pip install -r {REQUIREMENTS}"),
    )
    .map_err(|err| format!("{err}\nhint: the PyPI registry must be reachable"))?;
    run_quiet(
        tools
            .command("python")
            .args(["-m", "pip", "check", "--disable-pip-version-check"]),
        "pip check",
    )
    .map_err(|err| {
        format!("{err}\nhint: {REQUIREMENTS} must pin every dependency (regenerate it with `pip freeze`)")
    })?;
    for bin in PYTHON_BINS {
        if !tools.bin(bin).is_file() {
            return Err(format!(
                "pip finished but {} is missing: is its package still in {REQUIREMENTS}?",
                tools.bin(bin).display()
            ));
        }
    }
    write_stamp(&venv, &stamp)?;
    tools.installed_in = Some(started.elapsed());
    Ok(tools)
}

/// `cargo xtask tools`: installs or updates every pinned tool and prints where each one is.
pub fn install(root: &Path) -> Result<(), String> {
    let node = node_tools(root)?;
    println!(
        "tools: {NODE_DIR}: {} (node {} at {})",
        describe_install(node.installed_in),
        node.node_version,
        node.node.display()
    );
    let python = python_tools(root)?;
    println!(
        "tools: {VENV_DIR}: {} (python {})",
        describe_install(python.installed_in),
        python.python_version
    );
    let mut notices = Vec::new();
    for bin in NODE_BINS {
        let output = output_of(node.command(bin).arg("--version"), bin)?;
        if let Some(notice) = boxed_notice(&String::from_utf8_lossy(&output.stderr)) {
            notices.push(format!("{bin}: {notice}"));
        }
        let version = bare_version(&String::from_utf8_lossy(&output.stdout));
        println!("tools: {bin:<24} {version:<16} {}", node.bin(bin).display());
    }
    for bin in PYTHON_BINS {
        let version = bare_version(&capture(python.command(bin).arg("--version"), bin)?);
        println!(
            "tools: {bin:<24} {version:<16} {}",
            python.bin(bin).display()
        );
    }
    for notice in notices {
        println!("note: {notice}");
    }
    Ok(())
}

/// The Python version a venv was made with (its `pyvenv.cfg`), or `?`.
fn venv_python_version(venv: &Path) -> String {
    fs::read_to_string(venv.join("pyvenv.cfg"))
        .ok()
        .and_then(|cfg| {
            cfg.lines().find_map(|line| {
                let (key, value) = line.split_once('=')?;
                matches!(key.trim(), "version" | "version_info").then(|| value.trim().to_owned())
            })
        })
        .unwrap_or_else(|| "?".to_owned())
}

fn describe_install(installed_in: Option<Duration>) -> String {
    match installed_in {
        Some(took) => format!("installed in {:.1} s", took.as_secs_f64()),
        None => "up to date".to_owned(),
    }
}

/// How long [`Prism::start`] waits for the server to accept connections.
pub const PRISM_READY_TIMEOUT: Duration = Duration::from_secs(30);

/// A running `prism mock` server, listening on a free loopback port; killed on drop.
///
/// ```no_run
/// let root = xtask::workspace_root();
/// let prism = xtask::tools::Prism::start(&root, std::path::Path::new("spec/public.json"))?;
/// println!("mock at {}", prism.base_url());
/// # Ok::<(), String>(())
/// ```
pub struct Prism {
    child: Child,
    port: u16,
    log: Arc<Mutex<Vec<u8>>>,
    readers: Vec<JoinHandle<()>>,
}

impl Prism {
    /// Starts `prism mock <spec> -p PORT --errors -h 127.0.0.1` (installing the npm tools first
    /// if needed) and waits until it accepts connections. `spec` is relative to `root` unless
    /// absolute. The process is Prism's own `node`, with no wrapper, so dropping the value
    /// really stops the server.
    pub fn start(root: &Path, spec: &Path) -> Result<Prism, String> {
        let node = node_tools(root)?;
        let spec = root.join(spec);
        if !spec.is_file() {
            return Err(format!("prism: spec {} not found", spec.display()));
        }
        let mut last_error = String::new();
        for _attempt in 0..3 {
            let port = free_loopback_port()?;
            match Prism::spawn(&node, root, &spec, port) {
                Ok(prism) => return Ok(prism),
                // Another process took the port between our probe and Prism's bind: retry.
                Err(err) if err.contains("EADDRINUSE") => last_error = err,
                Err(err) => return Err(err),
            }
        }
        Err(last_error)
    }

    fn spawn(node: &NodeTools, root: &Path, spec: &Path, port: u16) -> Result<Prism, String> {
        let mut child = node
            .command("prism")
            .arg("mock")
            .arg(spec)
            .args(["-p", &port.to_string(), "--errors", "-h", "127.0.0.1"])
            .current_dir(root)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|err| {
                format!(
                    "prism: cannot start {} ({err})",
                    node.bin("prism").display()
                )
            })?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let mut readers = Vec::new();
        if let Some(stdout) = child.stdout.take() {
            readers.push(drain_into(stdout, Arc::clone(&log)));
        }
        if let Some(stderr) = child.stderr.take() {
            readers.push(drain_into(stderr, Arc::clone(&log)));
        }
        let mut prism = Prism {
            child,
            port,
            log,
            readers,
        };
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = prism.child.try_wait() {
                // Let the readers catch the last lines before reporting them.
                for reader in prism.readers.drain(..) {
                    let _ = reader.join();
                }
                return Err(format!(
                    "prism mock {} exited ({status}) before listening on port {port}:\n{}",
                    spec.display(),
                    prism.log()
                ));
            }
            // Ready when this Prism says so and the port answers: a connection alone could
            // reach another process that holds the port, while this one fails to bind it.
            let announced = prism
                .log()
                .contains(&format!("is listening on http://127.0.0.1:{port}"));
            if announced && TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok()
            {
                return Ok(prism);
            }
            if started.elapsed() > PRISM_READY_TIMEOUT {
                return Err(format!(
                    "prism mock {} did not listen on port {port} within {} s:\n{}",
                    spec.display(),
                    PRISM_READY_TIMEOUT.as_secs(),
                    prism.log()
                ));
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// The mock's base URL, e.g. `http://127.0.0.1:41234` (no trailing slash).
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The loopback port the mock listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The process id of the Prism server (its `node` process).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything Prism printed so far (its request log), for diagnosing a failed call.
    pub fn log(&self) -> String {
        let bytes = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        for reader in self.readers.drain(..) {
            let _ = reader.join();
        }
    }
}

impl std::fmt::Debug for Prism {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prism")
            .field("pid", &self.child.id())
            .field("base_url", &self.base_url())
            .finish()
    }
}

fn drain_into(mut pipe: impl Read + Send + 'static, log: Arc<Mutex<Vec<u8>>>) -> JoinHandle<()> {
    thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(n) = pipe.read(&mut buffer) {
            if n == 0 {
                break;
            }
            log.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .extend_from_slice(&buffer[..n]);
        }
    })
}

/// A loopback port that is free right now (the OS picks it when binding port 0).
pub fn free_loopback_port() -> Result<u16, String> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .map_err(|err| format!("cannot find a free loopback port ({err})"))
}

/// Runs a command to completion, capturing its output; fails, with the output, unless it exits 0.
pub fn run_quiet(command: &mut Command, what: &str) -> Result<Output, String> {
    let output = output_of(command, what)?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(format!(
            "{what} failed ({}):\n{}",
            output.status,
            combined_output(&output)
        ))
    }
}

/// Runs a command to completion, capturing its output, whatever its exit status.
pub fn output_of(command: &mut Command, what: &str) -> Result<Output, String> {
    command.output().map_err(|err| {
        let program = command.get_program().to_string_lossy().into_owned();
        if err.kind() == io::ErrorKind::NotFound {
            format!("{what}: {program} not found; run `cargo xtask tools` to install the tools")
        } else {
            format!("{what}: cannot run {program} ({err})")
        }
    })
}

/// A command's stdout and stderr as one text, with Redocly's boxed banners folded to one line.
pub fn combined_output(output: &Output) -> String {
    let mut text = String::new();
    for stream in [&output.stdout, &output.stderr] {
        let part = String::from_utf8_lossy(stream);
        let (rest, notice) = strip_boxed_notice(&part);
        if let Some(notice) = notice {
            let _ = writeln!(text, "note: {notice}");
        }
        let rest = rest.trim_end();
        if !rest.is_empty() {
            text.push_str(rest);
            text.push('\n');
        }
    }
    text
}

/// The text of a box drawn with `╔║╚` characters (Redocly's Node.js deprecation banner), as
/// one line, if `text` has one.
pub fn boxed_notice(text: &str) -> Option<String> {
    strip_boxed_notice(text).1
}

/// Splits `text` into what is outside the box drawn with `╔║╚` and the box's text on one line.
fn strip_boxed_notice(text: &str) -> (String, Option<String>) {
    let mut rest = String::new();
    let mut words = Vec::new();
    let mut boxed = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('╔') || trimmed.starts_with('╚') {
            boxed = true;
        } else if let Some(inner) = trimmed.strip_prefix('║') {
            boxed = true;
            let inner = inner.trim_end_matches('║').trim();
            if !inner.is_empty() {
                words.push(inner.to_owned());
            }
        } else {
            rest.push_str(line);
            rest.push('\n');
        }
    }
    let notice = boxed.then(|| words.join(" "));
    (rest, notice.filter(|n| !n.is_empty()))
}

fn capture(command: &mut Command, what: &str) -> Result<String, String> {
    let output = run_quiet(command, what)?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// `7.13.0` out of `v7.13.0`, `Version 5.9.3` or `ruff 0.17.6`.
/// The version in a tool's `--version` line: the last word (`ruff 0.17.6`, `v20.20.2`), or
/// the version of a first word shaped `name/version` (oclif tools such as the AsyncAPI CLI
/// print `@asyncapi/cli/4.1.1 linux-x64 node-v20.20.2`).
fn bare_version(text: &str) -> String {
    let line = first_line(text);
    let first = line.split(' ').next().unwrap_or_default();
    if let Some((_, version)) = first.rsplit_once('/')
        && version.starts_with(|c: char| c.is_ascii_digit())
    {
        return version.to_owned();
    }
    let last = line.rsplit(' ').next().unwrap_or_default();
    last.trim_start_matches('v').to_owned()
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().trim().to_owned()
}

/// `PATH` with `dir` in front.
fn prepend_path(dir: &Path) -> std::ffi::OsString {
    let mut dirs = vec![dir.to_path_buf()];
    if let Some(path) = env::var_os("PATH") {
        dirs.extend(env::split_paths(&path));
    }
    env::join_paths(dirs).unwrap_or_else(|_| dir.as_os_str().to_owned())
}

/// The first executable file called `name` in the directories of `PATH`.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// Parses `v20.20.2`, `3.11.7` or `22.12` into (major, minor, patch).
pub fn parse_version(text: &str) -> Option<(u32, u32, u32)> {
    let text = text.trim().trim_start_matches('v');
    let mut parts = text.split(['.', '-', '+']);
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    let patch = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    Some((major, minor, patch))
}

/// Whether the pinned npm tools support this Node.js: @redocly/cli 2.77 asks for
/// `>=22.12.0 || >=20.19.0 <21.0.0`.
pub fn node_supported(version: (u32, u32, u32)) -> bool {
    (version.0 == 20 && version >= (20, 19, 0)) || version >= (22, 12, 0)
}

fn read_pin(root: &Path, relative: &str) -> Result<String, String> {
    fs::read_to_string(root.join(relative))
        .map_err(|err| format!("{relative}: cannot read the tool pins ({err})"))
}

/// The stamp text for these named inputs: a SHA-256 over all of them.
fn stamp(inputs: &[(&str, &str)]) -> String {
    let mut hasher = Sha256::new();
    for (name, contents) in inputs {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(contents.len().to_le_bytes());
        hasher.update(contents.as_bytes());
    }
    let digest = hasher.finalize();
    let mut hex = String::with_capacity(64);
    for byte in digest {
        let _ = write!(hex, "{byte:02x}");
    }
    let names: Vec<&str> = inputs.iter().map(|(name, _)| *name).collect();
    format!(
        "# written by cargo xtask once the install succeeded; delete it to force a reinstall\n\
         # sha256 over: {}\nsha256={hex}\n",
        names.join(", ")
    )
}

fn stamp_matches(dir: &Path, stamp: &str) -> bool {
    fs::read_to_string(dir.join(STAMP_FILE)).is_ok_and(|found| found == stamp)
}

fn remove_stamp(dir: &Path) -> Result<(), String> {
    match fs::remove_file(dir.join(STAMP_FILE)) {
        Err(err) if err.kind() != io::ErrorKind::NotFound => Err(format!(
            "{}: cannot remove ({err})",
            dir.join(STAMP_FILE).display()
        )),
        _ => Ok(()),
    }
}

fn write_stamp(dir: &Path, stamp: &str) -> Result<(), String> {
    crate::files::write_if_changed(&dir.join(STAMP_FILE), stamp)
        .map(|_| ())
        .map_err(|err| format!("{}: cannot write ({err})", dir.join(STAMP_FILE).display()))
}

/// A cross-process lock: a directory that only one process can create; removed on drop.
struct InstallLock {
    dir: PathBuf,
}

impl InstallLock {
    fn acquire(dir: &Path) -> Result<InstallLock, String> {
        if let Some(parent) = dir.parent() {
            fs::create_dir_all(parent)
                .map_err(|err| format!("{}: cannot create ({err})", parent.display()))?;
        }
        let started = Instant::now();
        let mut told = false;
        loop {
            match fs::create_dir(dir) {
                Ok(()) => {
                    let _ = fs::write(dir.join("pid"), std::process::id().to_string());
                    return Ok(InstallLock {
                        dir: dir.to_path_buf(),
                    });
                }
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {
                    if lock_is_stale(dir) {
                        let _ = fs::remove_dir_all(dir);
                        continue;
                    }
                    if !told {
                        eprintln!(
                            "tools: waiting for another install to finish (lock {})",
                            dir.display()
                        );
                        told = true;
                    }
                    if started.elapsed() > LOCK_WAIT {
                        return Err(format!(
                            "gave up waiting for the install lock {} after {} s; \
                             if no install is running, delete it",
                            dir.display(),
                            LOCK_WAIT.as_secs()
                        ));
                    }
                    thread::sleep(Duration::from_millis(200));
                }
                Err(err) => return Err(format!("{}: cannot create ({err})", dir.display())),
            }
        }
    }
}

/// A lock whose holder process is gone (Linux: no `/proc/<pid>`), or that has had no pid file
/// for a minute.
fn lock_is_stale(dir: &Path) -> bool {
    match fs::read_to_string(dir.join("pid")) {
        Ok(pid) => {
            let proc_dir = Path::new("/proc");
            proc_dir.is_dir() && !proc_dir.join(pid.trim()).exists()
        }
        Err(_) => fs::metadata(dir)
            .and_then(|meta| meta.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > Duration::from_secs(60)),
    }
}

impl Drop for InstallLock {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse() {
        assert_eq!(parse_version("v20.20.2\n"), Some((20, 20, 2)));
        assert_eq!(parse_version("3.11.7"), Some((3, 11, 7)));
        assert_eq!(parse_version("22.12"), Some((22, 12, 0)));
        assert_eq!(parse_version("v23.0.0-pre"), Some((23, 0, 0)));
        assert_eq!(parse_version("node"), None);
    }

    #[test]
    fn tool_versions_are_read_from_their_version_lines() {
        assert_eq!(bare_version("ruff 0.17.6\n"), "0.17.6");
        assert_eq!(bare_version("5.9.3"), "5.9.3");
        assert_eq!(bare_version("Version 5.9.3"), "5.9.3");
        assert_eq!(
            bare_version("@asyncapi/cli/4.1.1 linux-x64 node-v20.20.2\n"),
            "4.1.1"
        );
    }

    #[test]
    fn node_support_follows_redocly_engines() {
        assert!(node_supported((20, 19, 0)));
        assert!(node_supported((20, 20, 2)));
        assert!(node_supported((22, 12, 0)));
        assert!(node_supported((24, 1, 0)));
        assert!(!node_supported((18, 19, 0)));
        assert!(!node_supported((20, 18, 3)));
        assert!(!node_supported((21, 7, 0)));
        assert!(!node_supported((22, 11, 0)));
    }

    #[test]
    fn stamp_changes_with_any_input() {
        let base = stamp(&[("lock", "a"), ("node", "v20")]);
        assert_eq!(base, stamp(&[("lock", "a"), ("node", "v20")]));
        assert_ne!(base, stamp(&[("lock", "b"), ("node", "v20")]));
        assert_ne!(base, stamp(&[("lock", "a"), ("node", "v22")]));
        assert_ne!(
            stamp(&[("x", "ab"), ("y", "")]),
            stamp(&[("x", "a"), ("y", "b")])
        );
    }

    #[test]
    fn boxed_banner_folds_to_one_line() {
        let text = "\n    ╔════╗\n    ║  Deprecation warning: Node.js 20  ║\n    ║                ║\n    \
                    ║  Update Node.js  ║\n    ╚════╝\n\nvalidating spec/public.json...\n";
        let (rest, notice) = strip_boxed_notice(text);
        assert_eq!(
            notice.as_deref(),
            Some("Deprecation warning: Node.js 20 Update Node.js")
        );
        assert_eq!(rest.trim(), "validating spec/public.json...");
        assert_eq!(boxed_notice("no box here"), None);
    }
}
