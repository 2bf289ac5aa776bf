//! Large byte buffers that native code fills (encoders, decoders).

/// An empty Vec with room for `cap` bytes. A large one is backed by transparent huge pages
/// where the system allows them on request: filling 64 MiB then costs 32 page faults
/// instead of 16,384, which is most of the time of a big encode.
pub fn big_vec(cap: usize) -> Vec<u8> {
    let v: Vec<u8> = Vec::with_capacity(cap);
    const HUGE: usize = 2 << 20;
    if cap >= 4 * HUGE {
        let start = (v.as_ptr() as usize).next_multiple_of(HUGE);
        let end = (v.as_ptr() as usize + cap) & !(HUGE - 1);
        if end > start {
            // SAFETY: advice only, on whole pages inside the Vec's own allocation.
            unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE) };
        }
    }
    v
}
