//! [`RetryPolicy`]: when a request is tried again, and how long to wait in between.
//!
//! Off unless a client is built with one. Only what is safe is retried: a read (`GET`, `HEAD`)
//! that failed on the way or got 408, 429, 502, 503 or 504, and any request whose connection
//! was never made (so the server never saw it). A `POST` that may have reached the server is
//! never sent twice. Waits grow exponentially with full jitter (a random time up to the
//! exponential step), and a `Retry-After` header, in seconds or as an HTTP date, is honoured.

use std::cell::Cell;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

/// How often, how patiently and for how long a client retries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    deadline: Option<Duration>,
}

impl Default for RetryPolicy {
    /// 3 attempts, waits from 200 ms up to 10 s, within 60 s in all.
    fn default() -> Self {
        RetryPolicy {
            attempts: 3,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(10),
            deadline: Some(Duration::from_secs(60)),
        }
    }
}

impl RetryPolicy {
    /// The default policy: 3 attempts, waits from 200 ms up to 10 s, within 60 s in all.
    pub fn new() -> Self {
        RetryPolicy::default()
    }

    /// Tries a request at most `attempts` times in all (the first included; at least 1).
    pub fn attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts.max(1);
        self
    }

    /// The first wait's upper bound; each later one doubles, up to [`RetryPolicy::max_delay`].
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest wait between two attempts (a longer `Retry-After` is still honoured,
    /// within the deadline).
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Gives up retrying when the next attempt would start later than `deadline` after the
    /// first; `None` for no limit.
    pub fn deadline(mut self, deadline: Option<Duration>) -> Self {
        self.deadline = deadline;
        self
    }

    /// The most attempts.
    pub fn max_attempts(&self) -> u32 {
        self.attempts
    }

    /// The wait before attempt `attempt + 1` (after `attempt` attempts): full jitter, a random
    /// time up to `min(max_delay, base_delay * 2^(attempt - 1))`.
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let step = self
            .base_delay
            .saturating_mul(
                1u32.checked_shl(attempt.saturating_sub(1))
                    .unwrap_or(u32::MAX),
            )
            .min(self.max_delay);
        let nanos = u64::try_from(step.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(if nanos == 0 {
            0
        } else {
            random() % (nanos + 1)
        })
    }

    /// Whether a wait of `delay` before another attempt still fits the deadline, `elapsed`
    /// after the first attempt started.
    pub(crate) fn fits(&self, elapsed: Duration, delay: Duration) -> bool {
        self.deadline
            .is_none_or(|deadline| elapsed.saturating_add(delay) <= deadline)
    }
}

/// Whether a request with `method` may be sent again after a reply with `status`.
pub(crate) fn retry_status(method: &Method, status: StatusCode) -> bool {
    is_read(method) && matches!(status.as_u16(), 408 | 429 | 502 | 503 | 504)
}

/// Whether a request with `method` may be sent again after it failed with `error`: any
/// method when the connection was never made, a read for any failure on the way.
pub(crate) fn retry_error(method: &Method, error: &reqwest::Error) -> bool {
    error.is_connect() || (is_read(method) && (error.is_timeout() || error.is_request()))
}

/// `GET` and `HEAD`: the requests that change nothing.
fn is_read(method: &Method) -> bool {
    *method == Method::GET || *method == Method::HEAD
}

/// How long `Retry-After` asks to wait: seconds, or an HTTP date (a date in the past is 0).
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(text).ok()?;
    Some(
        date.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

thread_local! {
    /// The state of this thread's generator (xorshift64*), seeded from the clock and the
    /// thread, so that clients retrying at once do not wait in step.
    static STATE: Cell<u64> = Cell::new(seed());
}

fn seed() -> u64 {
    let clock = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|since| since.as_nanos() as u64)
        .unwrap_or(0x9e37_79b9_7f4a_7c15);
    let thread = std::thread::current().id();
    let mut hash = clock ^ 0x2545_f491_4f6c_dd1d;
    for byte in format!("{thread:?}").bytes() {
        hash = hash.rotate_left(5) ^ u64::from(byte);
    }
    hash | 1
}

/// A pseudo-random number for jitter (not for anything secret).
fn random() -> u64 {
    STATE.with(|state| {
        let mut x = state.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        state.set(x);
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_full_jitter_under_an_exponential_cap() {
        let policy = RetryPolicy::new()
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_millis(350));
        for attempt in 1..=6 {
            let cap = Duration::from_millis((100u64 << (attempt - 1)).min(350));
            let waits: Vec<Duration> = (0..200).map(|_| policy.backoff(attempt)).collect();
            assert!(waits.iter().all(|wait| *wait <= cap), "attempt {attempt}");
            assert!(
                waits.iter().any(|wait| *wait < cap / 2),
                "jitter reaches low"
            );
        }
        assert_eq!(
            RetryPolicy::new().base_delay(Duration::ZERO).backoff(3),
            Duration::ZERO
        );
        assert_eq!(RetryPolicy::new().attempts(0).max_attempts(), 1);
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, "7".parse().expect("a value"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
        headers.insert(RETRY_AFTER, later.parse().expect("a value"));
        let wait = retry_after(&headers).expect("a date");
        assert!(
            wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        headers.insert(
            RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().expect("a value"),
        );
        assert_eq!(retry_after(&headers), Some(Duration::ZERO), "a past date");
        headers.insert(RETRY_AFTER, "soon".parse().expect("a value"));
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn only_safe_requests_are_retried() {
        assert!(retry_status(&Method::GET, StatusCode::SERVICE_UNAVAILABLE));
        assert!(!retry_status(
            &Method::POST,
            StatusCode::SERVICE_UNAVAILABLE
        ));
        assert!(!retry_status(
            &Method::GET,
            StatusCode::INTERNAL_SERVER_ERROR
        ));
        let policy = RetryPolicy::new().deadline(Some(Duration::from_secs(5)));
        assert!(policy.fits(Duration::from_secs(3), Duration::from_secs(2)));
        assert!(!policy.fits(Duration::from_secs(4), Duration::from_secs(2)));
    }
}
