//! Collects `Writeable` output as ECMA-402 parts: each piece of text is attributed to the
//! innermost ICU4X part that wrote it (unannotated text is a "literal").

use std::fmt;
use writeable::{Part, PartsWrite, Writeable};

#[derive(Default)]
pub struct Parts {
    stack: Vec<&'static str>,
    /// Attribute text to the outermost part (dates: a "year" holding a decimal "integer").
    outer: bool,
    /// The next write starts a new run (a part began or ended).
    fresh: bool,
    pub out: Vec<(&'static str, String)>,
}

impl Parts {
    pub fn push(&mut self, kind: &'static str, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.out.last_mut() {
            Some((k, s)) if *k == kind => s.push_str(text),
            _ => self.out.push((kind, text.to_owned())),
        }
    }

    /// The parts of `w`, each text run tagged by `map(part value)` (or "literal").
    pub fn of(w: &impl Writeable) -> Self {
        let mut p = Parts::default();
        let _ = w.write_to_parts(&mut p);
        p
    }

    /// Like `of`, attributing nested parts to the outermost one.
    pub fn of_outer(w: &impl Writeable) -> Self {
        let mut p = Parts {
            outer: true,
            ..Default::default()
        };
        let _ = w.write_to_parts(&mut p);
        p
    }

    pub fn text(&self) -> String {
        self.out.iter().map(|(_, s)| s.as_str()).collect()
    }
}

impl fmt::Write for Parts {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut fields = self.stack.iter().copied();
        let top = if self.outer {
            fields.next()
        } else {
            fields.next_back()
        };
        let kind = top.unwrap_or("literal");
        if s.is_empty() {
            return Ok(());
        }
        match self.out.last_mut() {
            Some((k, t)) if *k == kind && !self.fresh => t.push_str(s),
            _ => self.out.push((kind, s.to_owned())),
        }
        self.fresh = false;
        Ok(())
    }
}

impl PartsWrite for Parts {
    type SubPartsWrite = Self;
    fn with_part(
        &mut self,
        part: Part,
        mut f: impl FnMut(&mut Self) -> fmt::Result,
    ) -> fmt::Result {
        self.stack.push(part.value);
        // A new field part never merges with the run before it.
        let depth = self.stack.len();
        if !self.outer || depth == 1 {
            self.fresh = true;
        }
        let r = f(self);
        self.stack.pop();
        if !self.outer || depth == 1 {
            // Text after this part starts a new run.
            self.fresh = true;
        }
        r
    }
}
