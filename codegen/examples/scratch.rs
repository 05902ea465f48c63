fn run(path: String) {
    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let start = std::time::Instant::now();
    let r = std::panic::catch_unwind(|| codegen::generate(&path, &text));
    let el = start.elapsed();
    match r {
        Ok(Ok(out)) => println!("OK   {path} ({el:?}) {} bytes client", out.client.len()),
        Ok(Err(e)) => println!(
            "ERR  ({el:?}) {}",
            e.to_string().chars().take(400).collect::<String>()
        ),
        Err(_) => println!("PANIC {path} ({el:?})"),
    }
}
fn main() {
    let stack: usize = std::env::var("STACK")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2 << 20);
    for path in std::env::args().skip(1) {
        std::thread::Builder::new()
            .stack_size(stack)
            .spawn(move || run(path))
            .unwrap()
            .join()
            .unwrap();
    }
}
