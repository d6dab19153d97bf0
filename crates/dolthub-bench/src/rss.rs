//! Peak resident memory as the kernel accounts it (`VmHWM` in
//! `/proc/self/status`). Memory benchmarks run in a child process so each
//! measurement starts from a fresh high-water mark.

/// Peak resident set size of this process in KiB, if the OS reports it.
pub fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    field_kib(&status, "VmHWM:")
}

fn field_kib(status: &str, name: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|line| line.strip_prefix(name))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_proc_status() {
        let status = "Name:\tx\nVmHWM:\t   12345 kB\nVmRSS:\t  999 kB\n";
        assert_eq!(field_kib(status, "VmHWM:"), Some(12345));
        assert!(peak_kib().is_some_and(|kib| kib > 0));
    }
}
