//! Static detection of the named exports of a CommonJS module.
//!
//! When an ES module imports a CommonJS file, Node decides which named exports the
//! namespace gets by lexing the CommonJS source with `cjs-module-lexer`
//! (<https://github.com/nodejs/cjs-module-lexer>), without running it. This module
//! reproduces that analysis: the same detection patterns (which are frozen upstream),
//! the same tokenizer decisions (strings, template literals, comments, the
//! regular-expression-versus-division heuristic), the same quirks and the same failure
//! cases. When the upstream lexer throws (an `import`/`export` statement, an unterminated
//! string, an unbalanced bracket, ...), Node falls back to "no named exports";
//! [`analyze`] does the same and [`try_analyze`] reports the error.
//!
//! Detected forms, in short:
//!
//! * `exports.a =`, `exports['a'] =`, `module.exports.a =` (anywhere, no scope analysis);
//! * `Object.defineProperty(exports, 'a', { [enumerable: true,] value: … })` and the
//!   getter forms `get() { return x; }`, `get: function [name]() { return x.y; }`,
//!   `return x['y']`. A `defineProperty` of a name in any other shape marks the name as
//!   an unsafe getter, which removes it from the exports even when detected elsewhere;
//! * `module.exports = { a, b: c, 'd': e, ...require('x') }` (bails out at the first
//!   property that is not one of these forms; spreads of `require` are reexports);
//! * `module.exports = require('x')` (reexport; any `module.exports =` assignment
//!   discards the reexports found before it);
//! * at top level: `__export(require('x'))`, `__exportStar(require('x'))`,
//!   `tslib.__exportStar(require('x'), exports)`, and Babel's
//!   `var _x = require('x'); Object.keys(_x).forEach(function (key) { … })` reexport
//!   loops (with their `default`/`__esModule`/`hasOwnProperty` filters), also through
//!   `_interopRequireWildcard(require('x'))`.
//!
//! Positions follow JavaScript's UTF-16 code units (the source is converted once), so
//! every decision matches the reference implementation exactly, including the
//! escape decoding of string export names and its filtering of lone surrogates.
//! The lexer never panics, runs in linear time and allocates O(source length).

use std::collections::{HashMap, HashSet};
use std::fmt;

/// Result of [`analyze`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CjsAnalysis {
    /// Detected export names, in first-seen order, without duplicates.
    pub exports: Vec<String>,
    /// Specifiers of `require()` calls whose exports are re-exported, in first-seen order,
    /// without duplicates. The caller resolves them relative to the module.
    pub reexports: Vec<String>,
}

/// Why the lexer gave up. Node treats every one of these as "no named exports".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CjsLexError {
    /// A `)` without an opening `(`.
    UnexpectedClosingParen,
    /// A `}` without an opening `{`, or closing a template substitution wrongly.
    UnexpectedClosingBrace,
    /// Unclosed `(`, `{` or `${` at the end of the source.
    UnterminatedBraces,
    /// A template literal runs to the end of the source.
    UnterminatedTemplate,
    /// A string literal is not closed before a line break or the end of the source.
    UnterminatedString,
    /// A regular expression literal is not closed on its line.
    UnterminatedRegex,
    /// A top-level `import` declaration: the source is an ES module.
    ImportStatement,
    /// `import.meta`: the source is an ES module.
    ImportMeta,
    /// A top-level `export` declaration: the source is an ES module.
    ExportStatement,
}

impl CjsLexError {
    /// True for the errors Node tags `ERR_LEXER_ESM_SYNTAX` (ES module syntax found).
    pub fn is_esm_syntax(self) -> bool {
        matches!(
            self,
            Self::ImportStatement | Self::ImportMeta | Self::ExportStatement
        )
    }
}

impl fmt::Display for CjsLexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::UnexpectedClosingParen => "Unexpected closing bracket.",
            Self::UnexpectedClosingBrace => "Unexpected closing brace.",
            Self::UnterminatedBraces => "Unterminated braces.",
            Self::UnterminatedTemplate => "Unterminated template.",
            Self::UnterminatedString => "Unterminated string.",
            Self::UnterminatedRegex => "Syntax error reading regular expression.",
            Self::ImportStatement => "Unexpected import statement in CJS module.",
            Self::ImportMeta => "Unexpected import.meta in CJS module.",
            Self::ExportStatement => "Unexpected export statement in CJS module.",
        })
    }
}

impl std::error::Error for CjsLexError {}

/// Named exports and reexports of a CommonJS source, as Node detects them.
/// Sources the lexer rejects give an empty analysis, as in Node.
pub fn analyze(source: &str) -> CjsAnalysis {
    try_analyze(source).unwrap_or_default()
}

/// Like [`analyze`], but says why a source was rejected.
pub fn try_analyze(source: &str) -> Result<CjsAnalysis, CjsLexError> {
    let units = to_utf16(source);
    let mut lexer = Lexer::new(&units);
    lexer.run()?;
    Ok(lexer.finish())
}

/// UTF-16 code units of `source`, converting runs of ASCII in bulk.
fn to_utf16(source: &str) -> Vec<u16> {
    let bytes = source.as_bytes();
    let mut units: Vec<u16> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let mut j = i;
        while j + 16 <= bytes.len() && bytes[j..j + 16].is_ascii() {
            j += 16;
        }
        while j < bytes.len() && bytes[j].is_ascii() {
            j += 1;
        }
        units.extend(bytes[i..j].iter().map(|&b| u16::from(b)));
        i = j;
        // `i` is now the start of a non-ASCII character, or the end.
        let Some(c) = source.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let mut buf = [0u16; 2];
        units.extend_from_slice(c.encode_utf16(&mut buf));
        i += c.len_utf8();
    }
    units
}

type LexResult<T> = Result<T, CjsLexError>;

/// What a `require('…')` call found by [`Lexer::try_require`] is used for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RequireUse {
    /// A plain top-level `require`: remembered for a possible `var x = require(…)` binding.
    Binding,
    /// `module.exports = require(…)` or `...require(…)` in an exports object literal.
    Assign,
    /// `__export(require(…))` / `__exportStar(require(…))`.
    Star,
}

/// Insertion-ordered set of strings.
#[derive(Default)]
struct OrderedSet {
    items: Vec<String>,
    seen: HashSet<String>,
}

impl OrderedSet {
    fn insert(&mut self, value: String) {
        if !self.seen.contains(&value) {
            self.seen.insert(value.clone());
            self.items.push(value);
        }
    }

    fn clear(&mut self) {
        self.items.clear();
        self.seen.clear();
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// The tokenizer state. Positions are signed indexes into UTF-16 code units, because the
/// algorithm looks one unit before the start (`-1`) like the reference implementation
/// does; [`Lexer::at`] answers 0 outside the source.
struct Lexer<'s> {
    src: &'s [u16],
    pos: isize,
    /// Index of the last code unit (`len - 1`).
    end: isize,
    /// Nesting depth of `(`, `{` and template `${` (square brackets are not tracked).
    depth: usize,
    /// Depth of the innermost open template substitution, or -1.
    template_depth: isize,
    template_stack: Vec<isize>,
    /// For each open bracket, the position of the token before it. Slots are reused
    /// and never cleared: reading a stale or never-written slot is part of the
    /// reference behaviour (a never-written slot reads as position 0).
    open_token_pos: Vec<isize>,
    /// For each open `{`, whether it opened a class body.
    open_is_class: Vec<bool>,
    next_brace_is_class: bool,
    /// Position of the last significant token (comments and whitespace excluded).
    last_token: isize,
    last_slash_was_division: bool,
    /// `var x = require('…')` bindings at top level: identifier → specifier
    /// (`None` when the specifier could not be decoded).
    star_bindings: HashMap<Vec<u16>, Option<String>>,
    last_binding_specifier: Option<String>,
    exports: OrderedSet,
    unsafe_getters: HashSet<String>,
    reexports: OrderedSet,
}

const fn is_br(c: u16) -> bool {
    c == b'\r' as u16 || c == b'\n' as u16
}

const fn is_br_or_ws(c: u16) -> bool {
    (c > 8 && c < 14) || c == 32 || c == 160
}

/// The 23 characters that can end a punctuator: `!%&()*+,-./:;<=>?[]^{}|~`.
const fn is_punctuator(c: u16) -> bool {
    c == b'!' as u16
        || c == b'%' as u16
        || c == b'&' as u16
        || (c > 39 && c < 48)
        || (c > 57 && c < 64)
        || c == b'[' as u16
        || c == b']' as u16
        || c == b'^' as u16
        || (c > 122 && c < 127)
}

/// Punctuators after which a `/` starts a regular expression: `!%&(*+,-.:;<=>?[^{|~`.
const fn is_expression_punctuator(c: u16) -> bool {
    c == b'!' as u16
        || c == b'%' as u16
        || c == b'&' as u16
        || (c > 39 && c < 47 && c != 41)
        || (c > 57 && c < 64)
        || c == b'[' as u16
        || c == b'^' as u16
        || (c > 122 && c < 127 && c != b'}' as u16)
}

/// ASCII characters the main loop has to look at: the first letters of the detected
/// patterns and keywords, brackets, quotes and `/`. Any other character is just a
/// token (or part of one).
const SIGNIFICANT: [bool; 128] = {
    let mut table = [false; 128];
    let chars = b"irce_mO(){}'\"/`";
    let mut i = 0;
    while i < chars.len() {
        table[chars[i] as usize] = true;
        i += 1;
    }
    table
};

/// `[A-Za-z0-9_$]`.
const fn is_ascii_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$'
}

const fn is_ascii_word_unit(c: u16) -> bool {
    c < 128 && is_ascii_word(c as u8)
}

const fn is_boundary(c: u16) -> bool {
    is_br_or_ws(c) || (is_punctuator(c) && c != b'.' as u16)
}

fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn is_identifier_start(cp: u32) -> bool {
    match cp {
        0..=64 => cp == b'$' as u32,
        65..=90 => true,
        91..=96 => cp == b'_' as u32,
        97..=122 => true,
        _ => in_ranges(ID_START_NON_ASCII, cp),
    }
}

fn is_identifier_char(cp: u32) -> bool {
    match cp {
        0..=47 => cp == b'$' as u32,
        48..=57 => true,
        58..=64 => false,
        65..=90 => true,
        91..=96 => cp == b'_' as u32,
        97..=122 => true,
        _ => in_ranges(ID_CONTINUE_NON_ASCII, cp),
    }
}

impl<'s> Lexer<'s> {
    fn new(src: &'s [u16]) -> Self {
        Lexer {
            src,
            pos: -1,
            end: src.len() as isize - 1,
            depth: 0,
            template_depth: -1,
            template_stack: Vec::new(),
            open_token_pos: Vec::new(),
            open_is_class: Vec::new(),
            next_brace_is_class: false,
            last_token: -1,
            last_slash_was_division: false,
            star_bindings: HashMap::new(),
            last_binding_specifier: None,
            exports: OrderedSet::default(),
            unsafe_getters: HashSet::new(),
            reexports: OrderedSet::default(),
        }
    }

    fn finish(self) -> CjsAnalysis {
        let unsafe_getters = self.unsafe_getters;
        CjsAnalysis {
            exports: self
                .exports
                .items
                .into_iter()
                .filter(|e| !unsafe_getters.contains(e))
                .collect(),
            reexports: self.reexports.items,
        }
    }

    // ----- reading -------------------------------------------------------------------

    /// The code unit at `p`, or 0 outside the source.
    #[inline]
    fn at(&self, p: isize) -> u16 {
        if p >= 0 && (p as usize) < self.src.len() {
            self.src[p as usize]
        } else {
            0
        }
    }

    /// Is the code unit at `p` the ASCII character `c`?
    #[inline]
    fn is(&self, p: isize, c: u8) -> bool {
        self.at(p) == c as u16
    }

    /// JavaScript's `source.startsWith(word, p)` for an ASCII word (a negative `p`
    /// counts as 0, as in JavaScript).
    fn starts(&self, p: isize, word: &[u8]) -> bool {
        let p = p.max(0) as usize;
        match self.src.get(p..p + word.len()) {
            Some(units) => units.iter().zip(word).all(|(&u, &w)| u == w as u16),
            None => false,
        }
    }

    /// `source.startsWith(units, p)` for a slice of the source itself.
    fn starts_units(&self, p: isize, units: &[u16]) -> bool {
        let p = p.max(0) as usize;
        self.src.get(p..p + units.len()) == Some(units)
    }

    /// `pos++ < end`: the loop step of every scanning loop.
    #[inline]
    fn step(&mut self) -> bool {
        let p = self.pos;
        self.pos += 1;
        p < self.end
    }

    /// The code point at `p` and its length in code units (0 and 1 outside the source).
    fn code_point_at(&self, p: isize) -> (u32, isize) {
        let c = self.at(p) as u32;
        if (0xD800..0xDC00).contains(&c) {
            let next = self.at(p + 1) as u32;
            if (0xDC00..0xE000).contains(&next) {
                return (((c - 0xD800) << 10) + (next - 0xDC00) + 0x10000, 2);
            }
        }
        (c, 1)
    }

    /// The code point ending at `p` (which may be the low half of a surrogate pair).
    fn code_point_ending_at(&self, p: isize) -> u32 {
        let c = self.at(p) as u32;
        if c & 0xFC00 == 0xDC00 {
            (((self.at(p - 1) as u32 & 0x3FF) << 10) | (c & 0x3FF)) + 0x10000
        } else {
            c
        }
    }

    fn slice(&self, from: isize, to: isize) -> &'s [u16] {
        let src: &'s [u16] = self.src;
        let len = src.len() as isize;
        let from = from.clamp(0, len) as usize;
        let to = to.clamp(0, len) as usize;
        if from <= to {
            &src[from..to]
        } else {
            &[]
        }
    }

    /// Can a keyword start at `p` (start of source, or after whitespace or a
    /// punctuator other than `.`)?
    fn keyword_start(&self, p: isize) -> bool {
        p == 0 || is_boundary(self.at(p - 1))
    }

    /// Does `word` end at `p`, preceded by a keyword boundary? (Not at the very start of
    /// the source, unless `p` is 0, as in the reference.)
    fn preceding_keyword(&self, p: isize, word: &[u8]) -> bool {
        let len = word.len() as isize;
        if p < len - 1 {
            return false;
        }
        self.starts(p - len + 1, word) && (p == 0 || is_boundary(self.at(p - len)))
    }

    fn preceding_char(&self, p: isize, c: u8) -> bool {
        self.is(p, c) && (p == 0 || is_boundary(self.at(p - 1)))
    }

    // ----- trivia, literals ----------------------------------------------------------

    /// Skips whitespace and comments from `pos`; returns the code unit there.
    fn skip_trivia(&mut self) -> u16 {
        loop {
            let ch = self.at(self.pos);
            if ch == b'/' as u16 {
                if self.is(self.pos + 1, b'/') {
                    self.line_comment();
                } else if self.is(self.pos + 1, b'*') {
                    self.block_comment();
                } else {
                    return ch;
                }
            } else if !is_br_or_ws(ch) {
                return ch;
            }
            if !self.step() {
                return ch;
            }
        }
    }

    fn line_comment(&mut self) {
        while self.step() {
            if is_br(self.at(self.pos)) {
                return;
            }
        }
    }

    fn block_comment(&mut self) {
        self.pos += 1;
        while self.step() {
            if self.is(self.pos, b'*') && self.is(self.pos + 1, b'/') {
                self.pos += 1;
                return;
            }
        }
    }

    /// From the opening quote at `pos` to the closing one.
    fn string_literal(&mut self, quote: u16) -> LexResult<()> {
        while self.step() {
            let ch = self.at(self.pos);
            if ch == quote {
                return Ok(());
            }
            if ch == b'\\' as u16 {
                self.pos += 1;
                if self.is(self.pos, b'\r') && self.is(self.pos + 1, b'\n') {
                    self.pos += 1;
                }
            } else if is_br(ch) {
                break;
            }
        }
        Err(CjsLexError::UnterminatedString)
    }

    /// From an opening backtick (or the `}` closing a substitution) to the closing
    /// backtick or the next `${`, which opens a bracket level.
    fn template_string(&mut self) -> LexResult<()> {
        while self.step() {
            let ch = self.at(self.pos);
            if ch == b'$' as u16 && self.is(self.pos + 1, b'{') {
                self.pos += 1;
                self.template_stack.push(self.template_depth);
                self.depth += 1;
                self.template_depth = self.depth as isize;
                return Ok(());
            }
            if ch == b'`' as u16 {
                return Ok(());
            }
            if ch == b'\\' as u16 {
                self.pos += 1;
            }
        }
        Err(CjsLexError::UnterminatedTemplate)
    }

    fn regular_expression(&mut self) -> LexResult<()> {
        while self.step() {
            let ch = self.at(self.pos);
            if ch == b'/' as u16 {
                return Ok(());
            }
            if ch == b'[' as u16 {
                self.regex_character_class()?;
            } else if ch == b'\\' as u16 {
                self.pos += 1;
            } else if is_br(ch) {
                break;
            }
        }
        Err(CjsLexError::UnterminatedRegex)
    }

    fn regex_character_class(&mut self) -> LexResult<()> {
        while self.step() {
            let ch = self.at(self.pos);
            if ch == b']' as u16 {
                return Ok(());
            }
            if ch == b'\\' as u16 {
                self.pos += 1;
            } else if is_br(ch) {
                break;
            }
        }
        Err(CjsLexError::UnterminatedRegex)
    }

    /// Consumes an identifier at `pos` (no `\` escapes).
    fn identifier(&mut self) -> bool {
        let (cp, len) = self.code_point_at(self.pos);
        if !is_identifier_start(cp) {
            return false;
        }
        self.pos += len;
        loop {
            let (cp, len) = self.code_point_at(self.pos);
            if cp == 0 || !is_identifier_char(cp) {
                return true;
            }
            self.pos += len;
        }
    }

    // ----- brackets and the regex/division decision ----------------------------------

    fn push_open(&mut self, token_pos: isize) {
        if self.depth < self.open_token_pos.len() {
            self.open_token_pos[self.depth] = token_pos;
        } else {
            self.open_token_pos.resize(self.depth, 0);
            self.open_token_pos.push(token_pos);
        }
        self.depth += 1;
    }

    /// Token before the bracket that was open at the current depth (see the field doc).
    fn open_slot(&self) -> isize {
        self.open_token_pos.get(self.depth).copied().unwrap_or(0)
    }

    /// `if (…)`, `for (…)`, `while (…)` — after these a `/` starts a regex.
    fn is_paren_keyword(&self, p: isize) -> bool {
        (self.is(p, b'e') && self.starts(p - 4, b"whil"))
            || (self.is(p, b'r') && self.starts(p - 2, b"fo"))
            || (self.is(p - 1, b'i') && self.is(p, b'f'))
    }

    /// Tokens after which a `{` opens a statement block: `=>`, `;`, `)`, `catch`,
    /// `finally`, `else`.
    fn is_expression_terminator(&self, p: isize) -> bool {
        match self.at(p) {
            c if c == b'>' as u16 => self.is(p - 1, b'='),
            c if c == b';' as u16 || c == b')' as u16 => true,
            c if c == b'h' as u16 => self.starts(p - 4, b"catc"),
            c if c == b'y' as u16 => self.starts(p - 6, b"finall"),
            c if c == b'e' as u16 => self.starts(p - 3, b"els"),
            _ => false,
        }
    }

    /// Keywords after which a `/` starts a regex: case, debugger, delete, do, else, in,
    /// instanceof, new, return, throw, typeof, void, yield, await.
    fn is_expression_keyword(&self, p: isize) -> bool {
        let c = |q: isize| -> u8 {
            let u = self.at(q);
            if u < 128 {
                u as u8
            } else {
                0x80
            }
        };
        match c(p) {
            b'd' => match c(p - 1) {
                b'i' => self.preceding_keyword(p - 2, b"vo"),
                b'l' => self.preceding_keyword(p - 2, b"yie"),
                _ => false,
            },
            b'e' => match c(p - 1) {
                b's' => match c(p - 2) {
                    b'l' => self.preceding_char(p - 3, b'e'),
                    b'a' => self.preceding_char(p - 3, b'c'),
                    _ => false,
                },
                b't' => self.preceding_keyword(p - 2, b"dele"),
                _ => false,
            },
            b'f' => {
                if c(p - 1) != b'o' || c(p - 2) != b'e' {
                    return false;
                }
                match c(p - 3) {
                    b'c' => self.preceding_keyword(p - 4, b"instan"),
                    b'p' => self.preceding_keyword(p - 4, b"ty"),
                    _ => false,
                }
            }
            b'n' => self.preceding_char(p - 1, b'i') || self.preceding_keyword(p - 1, b"retur"),
            b'o' => self.preceding_char(p - 1, b'd'),
            b'r' => self.preceding_keyword(p - 1, b"debugge"),
            b't' => self.preceding_keyword(p - 1, b"awai"),
            b'w' => match c(p - 1) {
                b'e' => self.preceding_char(p - 2, b'n'),
                b'o' => self.preceding_keyword(p - 2, b"thr"),
                _ => false,
            },
            _ => false,
        }
    }

    /// Does a `/` at the current position start a regular expression (rather than
    /// being a division)? Decided from the previous token only.
    fn slash_starts_regex(&self) -> bool {
        let last = self.at(self.last_token);
        let before = self.at(self.last_token - 1);
        (is_expression_punctuator(last)
            && !(last == b'.' as u16 && (b'0' as u16..=b'9' as u16).contains(&before))
            && !(last == b'+' as u16 && before == b'+' as u16)
            && !(last == b'-' as u16 && before == b'-' as u16))
            || (last == b')' as u16 && self.is_paren_keyword(self.open_slot()))
            || (last == b'}' as u16
                && (self.is_expression_terminator(self.open_slot())
                    || self.open_is_class.get(self.depth).copied().unwrap_or(false)))
            || (last == b'/' as u16 && self.last_slash_was_division)
            || self.is_expression_keyword(self.last_token)
            || last == 0
    }

    // ----- main loop -----------------------------------------------------------------

    fn run(&mut self) -> LexResult<()> {
        if self.is(0, b'#') && self.is(1, b'!') {
            if self.src.len() == 2 {
                return Ok(());
            }
            self.pos += 2;
            while self.step() {
                if is_br(self.at(self.pos)) {
                    break;
                }
            }
        }

        while self.step() {
            let ch = self.at(self.pos);
            if ch == 32 || (ch > 8 && ch < 14) {
                // Whitespace is not a token: skip the whole run.
                while self.pos < self.end {
                    let next = self.src[(self.pos + 1) as usize];
                    if next != 32 && !(next > 8 && next < 14) {
                        break;
                    }
                    self.pos += 1;
                }
                continue;
            }
            let ascii = if ch < 128 { ch as u8 } else { 0x80 };

            // Inside a run of ASCII identifier characters nothing can start except a
            // top-level `require` (every other pattern needs a keyword boundary or a
            // preceding `.`), so skip the rest of the run in one go.
            if is_ascii_word(ascii) && is_ascii_word_unit(self.at(self.pos - 1)) {
                let top_level = self.depth == 0;
                if !(top_level && ascii == b'r') {
                    while self.pos < self.end {
                        let next = self.src[(self.pos + 1) as usize];
                        if !is_ascii_word_unit(next) || (top_level && next == b'r' as u16) {
                            break;
                        }
                        self.pos += 1;
                    }
                    self.last_token = self.pos;
                    continue;
                }
            }

            if ascii < 128 && !SIGNIFICANT[ascii as usize] {
                self.last_token = self.pos;
                continue;
            }

            if self.depth == 0 {
                match ascii {
                    b'i' => {
                        if self.starts(self.pos + 1, b"mport") && self.keyword_start(self.pos) {
                            self.import_keyword()?;
                        }
                        self.last_token = self.pos;
                        continue;
                    }
                    b'r' => {
                        let start = self.pos;
                        if self.try_require(RequireUse::Binding)? && self.keyword_start(start) {
                            self.record_require_binding(start - 1);
                        }
                        self.last_token = self.pos;
                        continue;
                    }
                    b'_' => {
                        self.underscore_top_level()?;
                        self.last_token = self.pos;
                        continue;
                    }
                    _ => {}
                }
            }

            match ascii {
                b'e' if self.starts(self.pos + 1, b"xport") && self.keyword_start(self.pos) => {
                    if self.is(self.pos + 6, b's') {
                        self.try_exports_member(false)?;
                    } else if self.depth == 0 {
                        self.export_keyword()?;
                    }
                }
                b'c' if self.keyword_start(self.pos)
                    && self.starts(self.pos + 1, b"lass")
                    && is_br_or_ws(self.at(self.pos + 5)) =>
                {
                    self.next_brace_is_class = true;
                }
                b'm' if self.starts(self.pos + 1, b"odule") && self.keyword_start(self.pos) => {
                    self.try_module_exports()?;
                }
                b'O' if self.starts(self.pos + 1, b"bject") && self.keyword_start(self.pos) => {
                    let top_level = self.depth == 0;
                    self.try_object_call(top_level)?;
                }
                b'(' => self.push_open(self.last_token),
                b')' => {
                    if self.depth == 0 {
                        return Err(CjsLexError::UnexpectedClosingParen);
                    }
                    self.depth -= 1;
                }
                b'{' => {
                    if self.open_is_class.len() <= self.depth {
                        self.open_is_class.resize(self.depth + 1, false);
                    }
                    self.open_is_class[self.depth] = self.next_brace_is_class;
                    self.next_brace_is_class = false;
                    self.push_open(self.last_token);
                }
                b'}' => {
                    if self.depth == 0 {
                        return Err(CjsLexError::UnexpectedClosingBrace);
                    }
                    let closing = self.depth as isize;
                    self.depth -= 1;
                    if closing == self.template_depth {
                        self.template_depth = self.template_stack.pop().unwrap_or(-1);
                        self.template_string()?;
                    } else if self.template_depth != -1
                        && (self.depth as isize) < self.template_depth
                    {
                        return Err(CjsLexError::UnexpectedClosingBrace);
                    }
                }
                b'\'' | b'"' => self.string_literal(ch)?,
                b'/' => {
                    if self.is(self.pos + 1, b'/') {
                        self.line_comment();
                        continue;
                    }
                    if self.is(self.pos + 1, b'*') {
                        self.block_comment();
                        continue;
                    }
                    if self.slash_starts_regex() {
                        self.regular_expression()?;
                        self.last_slash_was_division = false;
                    } else {
                        self.last_slash_was_division = true;
                    }
                }
                b'`' => self.template_string()?,
                _ => {}
            }
            self.last_token = self.pos;
        }

        if self.template_depth != -1 {
            return Err(CjsLexError::UnterminatedTemplate);
        }
        if self.depth != 0 {
            return Err(CjsLexError::UnterminatedBraces);
        }
        Ok(())
    }

    /// `import` at top level: dynamic `import(` is an ordinary bracket; `import.meta`
    /// and import declarations mean the source is an ES module.
    fn import_keyword(&mut self) -> LexResult<()> {
        let start = self.pos;
        self.pos += 6;
        let ch = self.skip_trivia();
        let declaration = if ch == b'(' as u16 {
            self.push_open(start);
            return Ok(());
        } else if ch == b'.' as u16 {
            return Err(CjsLexError::ImportMeta);
        } else if ch == b'"' as u16 || ch == b'\'' as u16 || ch == b'{' as u16 || ch == b'*' as u16
        {
            true
        } else {
            // `importFoo`: not the keyword.
            self.pos != start + 6
        };
        if !declaration {
            return Ok(());
        }
        if self.depth != 0 {
            self.pos -= 1;
            return Ok(());
        }
        Err(CjsLexError::ImportStatement)
    }

    /// `export` not followed by `s` at top level: an export declaration unless directly
    /// followed by an identifier character (`exported`, `export_x`).
    fn export_keyword(&mut self) -> LexResult<()> {
        self.pos += 6;
        let after = self.pos;
        let ch = self.skip_trivia();
        if self.pos == after && !is_punctuator(ch) {
            return Ok(());
        }
        Err(CjsLexError::ExportStatement)
    }

    /// `_interopRequireWildcard(require('x'))` (a binding source) and
    /// `__export(require('x'))` / `__exportStar(require('x'))` at top level.
    fn underscore_top_level(&mut self) -> LexResult<()> {
        let qualified =
            |lexer: &Self| lexer.keyword_start(lexer.pos) || lexer.is(lexer.pos - 1, b'.');
        if self.starts(self.pos + 1, b"interopRequireWildcard") && qualified(self) {
            let start = self.pos;
            self.pos += 23;
            if self.is(self.pos, b'(') {
                self.pos += 1;
                self.push_open(self.last_token);
                if self.try_require(RequireUse::Binding)? && self.keyword_start(start) {
                    self.record_require_binding(start - 1);
                }
            }
        } else if self.starts(self.pos + 1, b"_export") && qualified(self) {
            self.pos += 8;
            if self.starts(self.pos, b"Star") {
                self.pos += 4;
            }
            if self.is(self.pos, b'(') {
                self.push_open(self.last_token);
                if self.is(self.pos + 1, b'r') {
                    self.pos += 1;
                    self.try_require(RequireUse::Star)?;
                }
            }
        }
        Ok(())
    }

    // ----- export patterns -----------------------------------------------------------

    fn add_export(&mut self, raw: &[u16]) {
        if let Some(name) = decode(raw) {
            self.exports.insert(name);
        }
    }

    /// `require('x')` at `pos` (which is on the `r`). On success `pos` is on the `)`.
    fn try_require(&mut self, usage: RequireUse) -> LexResult<bool> {
        let revert = self.pos;
        if !self.starts(self.pos + 1, b"equire") {
            return Ok(false);
        }
        self.pos += 7;
        if self.skip_trivia() == b'(' as u16 {
            self.pos += 1;
            let quote = self.skip_trivia();
            let start = self.pos;
            if quote == b'\'' as u16 || quote == b'"' as u16 {
                self.string_literal(quote)?;
                self.pos += 1;
                let end = self.pos;
                if self.skip_trivia() == b')' as u16 {
                    let specifier = decode(self.slice(start, end));
                    match usage {
                        RequireUse::Binding => self.last_binding_specifier = specifier,
                        RequireUse::Assign | RequireUse::Star => {
                            if let Some(s) = specifier {
                                self.reexports.insert(s);
                            }
                        }
                    }
                    return Ok(true);
                }
            }
        }
        self.pos = revert;
        Ok(false)
    }

    /// After a top-level `require('x')` starting at `b + 1`: if it is the initializer
    /// of `var|let|const id = `, remember `id` → `'x'` for the `Object.keys` pattern.
    fn record_require_binding(&mut self, mut b: isize) {
        while self.is(b, b' ') && b >= 0 {
            b -= 1;
        }
        if !self.is(b, b'=') {
            return;
        }
        b -= 1;
        while self.is(b, b' ') && b >= 0 {
            b -= 1;
        }
        let id_end = b;
        let mut starts_identifier = false;
        loop {
            let cp = self.code_point_ending_at(b);
            if cp == 0 || b < 0 {
                break;
            }
            if cp == b'\\' as u32 {
                return;
            }
            if !is_identifier_char(cp) {
                break;
            }
            starts_identifier = is_identifier_start(cp);
            b -= if cp >= 0x10000 { 2 } else { 1 };
        }
        if !(starts_identifier && self.is(b, b' ')) {
            return;
        }
        let id = self.slice(b + 1, id_end + 1);
        while self.is(b, b' ') && b >= 0 {
            b -= 1;
        }
        let declared = if self.is(b, b'r') {
            self.starts(b - 2, b"va")
        } else if self.is(b, b't') {
            self.starts(b - 2, b"le") || self.starts(b - 4, b"cons")
        } else {
            false
        };
        if declared {
            self.star_bindings
                .insert(id.to_vec(), self.last_binding_specifier.clone());
        }
    }

    /// `module` at `pos`: `module.exports` followed by `.a =`, `['a'] =` or `= …`.
    fn try_module_exports(&mut self) -> LexResult<()> {
        self.pos += 6;
        let revert = self.pos - 1;
        if self.skip_trivia() == b'.' as u16 {
            self.pos += 1;
            if self.skip_trivia() == b'e' as u16 && self.starts(self.pos + 1, b"xports") {
                return self.try_exports_member(true);
            }
        }
        self.pos = revert;
        Ok(())
    }

    /// `exports` at `pos`: `.a =`, `['a'] =`, and (for `module.exports`, `assign`)
    /// `= { … }` / `= require('x')`.
    fn try_exports_member(&mut self, assign: bool) -> LexResult<()> {
        self.pos += 7;
        let revert = self.pos - 1;
        let ch = self.skip_trivia();
        if ch == b'.' as u16 {
            self.pos += 1;
            self.skip_trivia();
            let start = self.pos;
            if self.identifier() {
                let end = self.pos;
                if self.skip_trivia() == b'=' as u16 {
                    self.add_export(self.slice(start, end));
                    return Ok(());
                }
            }
        } else if ch == b'[' as u16 {
            self.pos += 1;
            let quote = self.skip_trivia();
            if quote == b'\'' as u16 || quote == b'"' as u16 {
                let start = self.pos;
                self.string_literal(quote)?;
                self.pos += 1;
                let end = self.pos;
                if self.skip_trivia() == b']' as u16 {
                    self.pos += 1;
                    if self.skip_trivia() == b'=' as u16 {
                        self.add_export(self.slice(start, end));
                    }
                }
            }
        } else if ch == b'=' as u16 && assign {
            if !self.reexports.is_empty() {
                self.reexports.clear();
            }
            self.pos += 1;
            let ch = self.skip_trivia();
            if ch == b'{' as u16 {
                return self.try_literal_exports();
            }
            if ch == b'r' as u16 {
                self.try_require(RequireUse::Assign)?;
            }
        }
        self.pos = revert;
        Ok(())
    }

    /// `module.exports = {` with `pos` on the `{`: identifiers, `key: identifier`,
    /// `'key': identifier`, `...identifier`, `...require('x')`, separated by commas.
    fn try_literal_exports(&mut self) -> LexResult<()> {
        let revert = self.pos - 1;
        while self.step() {
            let mut ch = self.skip_trivia();
            let start = self.pos;
            if self.identifier() {
                let end = self.pos;
                ch = self.skip_trivia();
                if ch == b':' as u16 {
                    self.pos += 1;
                    self.skip_trivia();
                    if !self.identifier() {
                        self.pos = revert;
                        return Ok(());
                    }
                    ch = self.at(self.pos);
                }
                self.add_export(self.slice(start, end));
            } else if ch == b'.' as u16 && self.starts(self.pos + 1, b"..") {
                self.pos += 3;
                if self.is(self.pos, b'r') && self.try_require(RequireUse::Assign)? {
                    self.pos += 1;
                } else if !self.identifier() {
                    self.pos = revert;
                    return Ok(());
                }
                ch = self.skip_trivia();
            } else if ch == b'\'' as u16 || ch == b'"' as u16 {
                let start = self.pos;
                self.string_literal(ch)?;
                self.pos += 1;
                let end = self.pos;
                ch = self.skip_trivia();
                if ch == b':' as u16 {
                    self.pos += 1;
                    self.skip_trivia();
                    if !self.identifier() {
                        self.pos = revert;
                        return Ok(());
                    }
                    ch = self.at(self.pos);
                    self.add_export(self.slice(start, end));
                }
            } else {
                self.pos = revert;
                return Ok(());
            }

            if ch == b'}' as u16 {
                return Ok(());
            }
            if ch != b',' as u16 {
                self.pos = revert;
                return Ok(());
            }
        }
        Ok(())
    }

    /// `exports` or `module.exports` at `pos` (whose unit is `ch`); consumes it.
    fn read_exports_object(&mut self, ch: u16) -> bool {
        let revert = self.pos;
        let mut ch = ch;
        if ch == b'm' as u16 && self.starts(self.pos + 1, b"odule") {
            self.pos += 6;
            if self.skip_trivia() != b'.' as u16 {
                self.pos = revert;
                return false;
            }
            self.pos += 1;
            ch = self.skip_trivia();
        }
        if ch == b'e' as u16 && self.starts(self.pos + 1, b"xports") {
            self.pos += 7;
            true
        } else {
            self.pos = revert;
            false
        }
    }

    /// Consumes the ASCII `word` at `pos` if present (no trivia skipping).
    fn eat_word(&mut self, word: &[u8]) -> bool {
        if self.starts(self.pos, word) {
            self.pos += word.len() as isize;
            true
        } else {
            false
        }
    }

    /// Consumes the source units `units` at `pos` if present.
    fn eat_units(&mut self, units: &[u16]) -> bool {
        if self.starts_units(self.pos, units) {
            self.pos += units.len() as isize;
            true
        } else {
            false
        }
    }

    /// Skips trivia, then consumes the single character `c` if it is there.
    fn eat_char(&mut self, c: u8) -> bool {
        if self.skip_trivia() == c as u16 {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Skips trivia, then consumes `word` if it is there (no boundary check after it).
    fn eat_keyword(&mut self, word: &[u8]) -> bool {
        self.skip_trivia();
        self.eat_word(word)
    }

    /// `Object.prototype.hasOwnProperty.call(obj, key)` / `Object.hasOwnProperty.call(…)`
    /// with the iteration variable `key`.
    fn object_has_own_property(&mut self, key: &[u16]) -> bool {
        if !self.eat_keyword(b"Object") || !self.eat_char(b'.') {
            return false;
        }
        if self.skip_trivia() == b'p' as u16
            && (!self.eat_word(b"prototype") || !self.eat_char(b'.'))
        {
            return false;
        }
        if !self.eat_keyword(b"hasOwnProperty")
            || !self.eat_char(b'.')
            || !self.eat_keyword(b"call")
            || !self.eat_char(b'(')
        {
            return false;
        }
        self.skip_trivia();
        if !self.identifier() || !self.eat_char(b',') {
            return false;
        }
        self.skip_trivia();
        self.eat_units(key) && self.eat_char(b')')
    }

    /// `Object` at `pos`: `Object.defineProperty(exports, 'name', …)` anywhere, and the
    /// `Object.keys(_x).forEach(…)` reexport loop at top level.
    fn try_object_call(&mut self, top_level: bool) -> LexResult<()> {
        self.pos += 6;
        let mut revert = self.pos - 1;
        if self.skip_trivia() == b'.' as u16 {
            self.pos += 1;
            let ch = self.skip_trivia();
            if ch == b'd' as u16 && self.starts(self.pos + 1, b"efineProperty") {
                self.pos += 14;
                revert = self.pos - 1;
                let mut name = None;
                match self.define_property(&mut name)? {
                    DefineOutcome::Value => {
                        if let Some(raw) = name {
                            self.add_export(raw);
                        }
                        self.pos = revert;
                        return Ok(());
                    }
                    DefineOutcome::Getter => {
                        if let Some(raw) = name {
                            self.add_export(raw);
                        }
                        return Ok(());
                    }
                    DefineOutcome::Other => {
                        if let Some(name) = name.and_then(decode) {
                            self.unsafe_getters.insert(name);
                        }
                    }
                }
            } else if top_level && ch == b'k' as u16 && self.starts(self.pos + 1, b"eys") {
                self.pos += 4;
                revert = self.pos - 1;
                match self.keys_for_each(&mut revert)? {
                    KeysOutcome::Reexport(specifier) => {
                        if let Some(s) = decode_str(&specifier) {
                            self.reexports.insert(s);
                        }
                        self.pos = revert;
                        return Ok(());
                    }
                    KeysOutcome::Matched => return Ok(()),
                    KeysOutcome::NoMatch => {}
                }
            }
        }
        self.pos = revert;
        Ok(())
    }

    /// After `Object.defineProperty`: `(exports, 'name', { [enumerable: true,] value:` or
    /// `… get [: function [id]]() { return id[.id | ['str']][;] }[,] })`. `name` is set
    /// as soon as the name string has been read.
    fn define_property(&mut self, name: &mut Option<&'s [u16]>) -> LexResult<DefineOutcome> {
        use DefineOutcome::Other;
        if !self.eat_char(b'(') {
            return Ok(Other);
        }
        let ch = self.skip_trivia();
        if !self.read_exports_object(ch) || !self.eat_char(b',') {
            return Ok(Other);
        }
        let quote = self.skip_trivia();
        if quote != b'\'' as u16 && quote != b'"' as u16 {
            return Ok(Other);
        }
        let start = self.pos;
        self.string_literal(quote)?;
        self.pos += 1;
        *name = Some(self.slice(start, self.pos));
        if !self.eat_char(b',') || !self.eat_char(b'{') {
            return Ok(Other);
        }
        let mut ch = self.skip_trivia();
        if ch == b'e' as u16 {
            if !self.eat_word(b"enumerable") || !self.eat_char(b':') {
                return Ok(Other);
            }
            if !self.eat_keyword(b"true") || !self.eat_char(b',') {
                return Ok(Other);
            }
            ch = self.skip_trivia();
        }
        if ch == b'v' as u16 {
            if !self.eat_word(b"value") || self.skip_trivia() != b':' as u16 {
                return Ok(Other);
            }
            return Ok(DefineOutcome::Value);
        }
        if ch != b'g' as u16 || !self.eat_word(b"get") {
            return Ok(Other);
        }
        if !self.getter_head()? || !self.eat_keyword(b"return") {
            return Ok(Other);
        }
        self.skip_trivia();
        if !self.identifier() {
            return Ok(Other);
        }
        let ch = self.skip_trivia();
        if ch == b'.' as u16 {
            self.pos += 1;
            self.skip_trivia();
            if !self.identifier() {
                return Ok(Other);
            }
        } else if ch == b'[' as u16 {
            self.pos += 1;
            let quote = self.skip_trivia();
            if quote != b'\'' as u16 && quote != b'"' as u16 {
                return Ok(Other);
            }
            self.string_literal(quote)?;
            self.pos += 1;
            if !self.eat_char(b']') {
                return Ok(Other);
            }
        }
        if !self.getter_tail() {
            return Ok(Other);
        }
        Ok(if self.skip_trivia() == b')' as u16 {
            DefineOutcome::Getter
        } else {
            Other
        })
    }

    /// After `get`: `[: function [name]]() {`.
    fn getter_head(&mut self) -> LexResult<bool> {
        if self.skip_trivia() == b':' as u16 {
            self.pos += 1;
            if !self.eat_keyword(b"function") {
                return Ok(false);
            }
            let after = self.pos;
            let ch = self.skip_trivia();
            if ch != b'(' as u16 && (after == self.pos || !self.identifier()) {
                return Ok(false);
            }
        }
        Ok(self.eat_char(b'(') && self.eat_char(b')') && self.eat_char(b'{'))
    }

    /// After the returned expression: `[;] }[,] }` (stops before the final `)`).
    fn getter_tail(&mut self) -> bool {
        self.eat_char(b';');
        self.eat_char(b'}') && {
            self.eat_char(b',');
            self.eat_char(b'}')
        }
    }

    /// After `Object.keys`: the Babel / TypeScript / Rollup reexport loop
    /// `(_x).forEach(function (key) { <filters> <copy> })`. `revert` follows the
    /// reference's resume points.
    fn keys_for_each(&mut self, revert: &mut isize) -> LexResult<KeysOutcome> {
        use KeysOutcome::NoMatch;
        if !self.eat_char(b'(') {
            return Ok(NoMatch);
        }
        self.skip_trivia();
        let id_start = self.pos;
        if !self.identifier() {
            return Ok(NoMatch);
        }
        let id = self.slice(id_start, self.pos);
        if self.skip_trivia() != b')' as u16 {
            return Ok(NoMatch);
        }
        *revert = self.pos;
        self.pos += 1;
        if !self.eat_char(b'.') || !self.eat_keyword(b"forEach") {
            return Ok(NoMatch);
        }
        let ch = self.skip_trivia();
        *revert = self.pos - 1;
        if ch != b'(' as u16 {
            return Ok(NoMatch);
        }
        self.pos += 1;
        if !self.eat_keyword(b"function") || !self.eat_char(b'(') {
            return Ok(NoMatch);
        }
        self.skip_trivia();
        let key_start = self.pos;
        if !self.identifier() {
            return Ok(NoMatch);
        }
        let key = self.slice(key_start, self.pos);
        if !self.eat_char(b')')
            || !self.eat_char(b'{')
            || !self.eat_keyword(b"if")
            || !self.eat_char(b'(')
        {
            return Ok(NoMatch);
        }
        self.skip_trivia();
        if !self.eat_units(key) {
            return Ok(NoMatch);
        }
        let ch = self.skip_trivia();
        if ch == b'=' as u16 {
            // if (key === 'default' || key === '__esModule') return;
            if !self.eat_word(b"===") || !self.quoted_word(b"default") || !self.eat_char(b'|') {
                return Ok(NoMatch);
            }
            if !self.is(self.pos, b'|') {
                return Ok(NoMatch);
            }
            self.pos += 1;
            self.skip_trivia();
            if !self.eat_units(key) || !self.eat_keyword(b"===") || !self.quoted_word(b"__esModule")
            {
                return Ok(NoMatch);
            }
            if !self.eat_char(b')') || !self.eat_keyword(b"return") {
                return Ok(NoMatch);
            }
            self.eat_char(b';');
            if self.skip_trivia() == b'i' as u16 && self.is(self.pos + 1, b'f') {
                self.pos += 2;
                if !self.eat_char(b'(') {
                    return Ok(NoMatch);
                }
                let inner = self.pos;
                let mut in_if = true;
                // if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
                if self.object_has_own_property(key) {
                    if !self.eat_char(b')') || !self.eat_keyword(b"return") {
                        return Ok(NoMatch);
                    }
                    self.eat_char(b';');
                    if self.skip_trivia() == b'i' as u16 && self.is(self.pos + 1, b'f') {
                        self.pos += 2;
                        if !self.eat_char(b'(') {
                            return Ok(NoMatch);
                        }
                    } else {
                        in_if = false;
                    }
                } else {
                    self.pos = inner;
                }
                // if (key in exports && exports[key] === _x[key]) return;
                if in_if {
                    if !self.eat_units(key) {
                        return Ok(NoMatch);
                    }
                    if self.skip_trivia() != b'i' as u16 || !self.starts(self.pos + 1, b"n ") {
                        return Ok(NoMatch);
                    }
                    self.pos += 3;
                    let ch = self.skip_trivia();
                    if !self.read_exports_object(ch) || !self.eat_char(b'&') || !self.eat_word(b"&")
                    {
                        return Ok(NoMatch);
                    }
                    let ch = self.skip_trivia();
                    if !self.read_exports_object(ch) || !self.indexed_by(key) {
                        return Ok(NoMatch);
                    }
                    if !self.eat_keyword(b"===") {
                        return Ok(NoMatch);
                    }
                    self.skip_trivia();
                    if !self.eat_units(id) || !self.indexed_by(key) {
                        return Ok(NoMatch);
                    }
                    if !self.eat_char(b')') || !self.eat_keyword(b"return") {
                        return Ok(NoMatch);
                    }
                    self.eat_char(b';');
                }
            }
        } else if ch == b'!' as u16 {
            // if (key !== 'default' [&& !Object.prototype.hasOwnProperty.call(o, key)
            //                        | && !o.hasOwnProperty(key)])
            if !self.eat_word(b"!==") || !self.quoted_word(b"default") {
                return Ok(NoMatch);
            }
            if self.skip_trivia() == b'&' as u16 {
                if !self.is(self.pos + 1, b'&') {
                    return Ok(NoMatch);
                }
                self.pos += 2;
                if !self.eat_char(b'!') {
                    return Ok(NoMatch);
                }
                let ch = self.skip_trivia();
                if ch == b'O' as u16
                    && self.starts(self.pos + 1, b"bject")
                    && self.is(self.pos + 6, b'.')
                {
                    if !self.object_has_own_property(key) {
                        return Ok(NoMatch);
                    }
                } else if self.identifier() {
                    if !self.eat_char(b'.')
                        || !self.eat_keyword(b"hasOwnProperty")
                        || !self.eat_char(b'(')
                    {
                        return Ok(NoMatch);
                    }
                    self.skip_trivia();
                    if !self.eat_units(key) || !self.eat_char(b')') {
                        return Ok(NoMatch);
                    }
                } else {
                    return Ok(NoMatch);
                }
            }
            if !self.eat_char(b')') {
                return Ok(NoMatch);
            }
        } else {
            return Ok(NoMatch);
        }

        let ch = self.skip_trivia();
        if self.read_exports_object(ch) {
            // exports[key] = _x[key];
            if !self.indexed_by(key) || !self.eat_char(b'=') {
                return Ok(NoMatch);
            }
            self.skip_trivia();
            if !self.eat_units(id) || !self.indexed_by(key) {
                return Ok(NoMatch);
            }
            self.eat_char(b';');
        } else if ch == b'O' as u16 {
            // Object.defineProperty(exports, key, { enumerable: true, get: function () {
            //   return _x[key]; } });
            if !self.eat_word(b"Object")
                || !self.eat_char(b'.')
                || !self.eat_keyword(b"defineProperty")
            {
                return Ok(NoMatch);
            }
            if !self.eat_char(b'(') {
                return Ok(NoMatch);
            }
            let ch = self.skip_trivia();
            if !self.read_exports_object(ch) || !self.eat_char(b',') {
                return Ok(NoMatch);
            }
            self.skip_trivia();
            if !self.eat_units(key) || !self.eat_char(b',') || !self.eat_char(b'{') {
                return Ok(NoMatch);
            }
            if !self.eat_keyword(b"enumerable") || !self.eat_char(b':') {
                return Ok(NoMatch);
            }
            // The reference only rejects when neither `t` nor `rue` matches, then skips 4.
            let ch = self.skip_trivia();
            if ch != b't' as u16 && !self.starts(self.pos + 1, b"rue") {
                return Ok(NoMatch);
            }
            self.pos += 4;
            if !self.eat_char(b',') || !self.eat_keyword(b"get") {
                return Ok(NoMatch);
            }
            if !self.getter_head()? || !self.eat_keyword(b"return") {
                return Ok(NoMatch);
            }
            self.skip_trivia();
            if !self.eat_units(id) || !self.indexed_by(key) {
                return Ok(NoMatch);
            }
            if !self.getter_tail() || !self.eat_char(b')') {
                return Ok(NoMatch);
            }
            self.eat_char(b';');
        } else {
            return Ok(NoMatch);
        }

        if !self.eat_char(b'}') || self.skip_trivia() != b')' as u16 {
            return Ok(NoMatch);
        }
        match self.star_bindings.get(id) {
            Some(Some(specifier)) if !specifier.is_empty() => {
                Ok(KeysOutcome::Reexport(specifier.clone()))
            }
            _ => Ok(KeysOutcome::Matched),
        }
    }

    /// Skips trivia, then `'word'` or `"word"` (no escapes).
    fn quoted_word(&mut self, word: &[u8]) -> bool {
        let quote = self.skip_trivia();
        if quote != b'"' as u16 && quote != b'\'' as u16 {
            return false;
        }
        if !self.starts(self.pos + 1, word) {
            return false;
        }
        self.pos += word.len() as isize + 1;
        self.skip_trivia() == quote && {
            self.pos += 1;
            true
        }
    }

    /// Skips trivia, then `[key]`.
    fn indexed_by(&mut self, key: &[u16]) -> bool {
        if !self.eat_char(b'[') {
            return false;
        }
        self.skip_trivia();
        self.eat_units(key) && self.eat_char(b']')
    }
}

enum DefineOutcome {
    /// `value:` form: an export; scanning resumes inside the call.
    Value,
    /// A recognised getter: an export; scanning resumes after the call.
    Getter,
    /// Anything else: the name (if read) is an unsafe getter.
    Other,
}

enum KeysOutcome {
    /// Matched, and the object is a `require` binding: reexport its specifier.
    Reexport(String),
    /// Matched, but the object is not a known binding.
    Matched,
    NoMatch,
}

// ----- string decoding -----------------------------------------------------------------

/// The export name for a raw slice: identifiers as they are, string literals (with
/// their quotes) by their value. `None` when the literal is malformed or its value has
/// a code unit the reference rejects (a lone surrogate, or anything from U+DC00 up that
/// is not the low half of a pair — the reference's filter also drops U+E000..U+FFFF).
fn decode(raw: &[u16]) -> Option<String> {
    match raw.first() {
        Some(&q) if q == b'"' as u16 || q == b'\'' as u16 => {
            let value = string_value(raw)?;
            let mut i = 0;
            while i < value.len() {
                let prefix = value[i] & 0xFC00;
                if prefix < 0xD800 {
                    i += 1;
                } else if prefix == 0xD800 {
                    if !matches!(value.get(i + 1), Some(&lo) if lo & 0xFC00 == 0xDC00) {
                        return None;
                    }
                    i += 2;
                } else {
                    return None;
                }
            }
            String::from_utf16(&value).ok()
        }
        _ => Some(String::from_utf16_lossy(raw)),
    }
}

/// [`decode`] applied to an already decoded string (the reference decodes star-export
/// specifiers twice).
fn decode_str(s: &str) -> Option<String> {
    if s.starts_with('"') || s.starts_with('\'') {
        let units: Vec<u16> = s.encode_utf16().collect();
        decode(&units)
    } else {
        Some(s.to_owned())
    }
}

fn hex_digit(u: Option<&u16>) -> Option<u32> {
    char::from_u32(*u? as u32)?.to_digit(16)
}

/// The value of a JavaScript string literal (sloppy mode: legacy octal escapes allowed),
/// or `None` if it is not a valid literal.
fn string_value(lit: &[u16]) -> Option<Vec<u16>> {
    let quote = lit[0];
    let mut out = Vec::with_capacity(lit.len());
    let mut i = 1;
    let push_cp = |out: &mut Vec<u16>, cp: u32| {
        if cp >= 0x10000 {
            let v = cp - 0x10000;
            out.push(0xD800 | (v >> 10) as u16);
            out.push(0xDC00 | (v & 0x3FF) as u16);
        } else {
            out.push(cp as u16);
        }
    };
    while i < lit.len() {
        let c = lit[i];
        if c == quote {
            return Some(out);
        }
        if is_br(c) {
            return None;
        }
        if c != b'\\' as u16 {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let e = *lit.get(i)?;
        i += 1;
        let simple = |b: u8| e == b as u16;
        if simple(b'\r') {
            if lit.get(i) == Some(&(b'\n' as u16)) {
                i += 1;
            }
        } else if simple(b'\n') || e == 0x2028 || e == 0x2029 {
            // line continuation
        } else if simple(b'n') {
            out.push(0x0A);
        } else if simple(b'r') {
            out.push(0x0D);
        } else if simple(b't') {
            out.push(0x09);
        } else if simple(b'b') {
            out.push(0x08);
        } else if simple(b'f') {
            out.push(0x0C);
        } else if simple(b'v') {
            out.push(0x0B);
        } else if simple(b'x') {
            let hi = hex_digit(lit.get(i))?;
            let lo = hex_digit(lit.get(i + 1))?;
            i += 2;
            out.push((hi * 16 + lo) as u16);
        } else if simple(b'u') {
            let mut cp: u32 = 0;
            if lit.get(i) == Some(&(b'{' as u16)) {
                i += 1;
                loop {
                    cp = cp * 16 + hex_digit(lit.get(i))?;
                    if cp > 0x10FFFF {
                        return None;
                    }
                    i += 1;
                    if lit.get(i) == Some(&(b'}' as u16)) {
                        break;
                    }
                }
                i += 1;
            } else {
                for _ in 0..4 {
                    cp = cp * 16 + hex_digit(lit.get(i))?;
                    i += 1;
                }
            }
            push_cp(&mut out, cp);
        } else if (b'0' as u16..=b'7' as u16).contains(&e) {
            let mut value = (e - b'0' as u16) as u32;
            let mut more = if e <= b'3' as u16 { 2 } else { 1 };
            while more > 0 {
                match lit.get(i) {
                    Some(&d) if (b'0' as u16..=b'7' as u16).contains(&d) => {
                        value = value * 8 + (d - b'0' as u16) as u32;
                        i += 1;
                        more -= 1;
                    }
                    _ => break,
                }
            }
            out.push(value as u16);
        } else {
            out.push(e);
        }
    }
    None
}

// ----- identifier tables --------------------------------------------------------------
//
// Non-ASCII code points the reference lexer (with its Unicode version) accepts as
// identifier start / identifier part, as sorted inclusive ranges. Generated by probing
// the reference implementation over every code point.

#[rustfmt::skip]
const ID_START_NON_ASCII: &[(u32, u32)] = &[
    (0xaa,0xaa), (0xb5,0xb5), (0xba,0xba), (0xc0,0xd6), (0xd8,0xf6), (0xf8,0x2c1), (0x2c6,0x2d1),
    (0x2e0,0x2e4), (0x2ec,0x2ec), (0x2ee,0x2ee), (0x370,0x374), (0x376,0x377), (0x37a,0x37d),
    (0x37f,0x37f), (0x386,0x386), (0x388,0x38a), (0x38c,0x38c), (0x38e,0x3a1), (0x3a3,0x3f5),
    (0x3f7,0x481), (0x48a,0x52f), (0x531,0x556), (0x559,0x559), (0x560,0x588), (0x5d0,0x5ea),
    (0x5ef,0x5f2), (0x620,0x64a), (0x66e,0x66f), (0x671,0x6d3), (0x6d5,0x6d5), (0x6e5,0x6e6),
    (0x6ee,0x6ef), (0x6fa,0x6fc), (0x6ff,0x6ff), (0x710,0x710), (0x712,0x72f), (0x74d,0x7a5),
    (0x7b1,0x7b1), (0x7ca,0x7ea), (0x7f4,0x7f5), (0x7fa,0x7fa), (0x800,0x815), (0x81a,0x81a),
    (0x824,0x824), (0x828,0x828), (0x840,0x858), (0x860,0x86a), (0x8a0,0x8b4), (0x8b6,0x8c7),
    (0x904,0x939), (0x93d,0x93d), (0x950,0x950), (0x958,0x961), (0x971,0x980), (0x985,0x98c),
    (0x98f,0x990), (0x993,0x9a8), (0x9aa,0x9b0), (0x9b2,0x9b2), (0x9b6,0x9b9), (0x9bd,0x9bd),
    (0x9ce,0x9ce), (0x9dc,0x9dd), (0x9df,0x9e1), (0x9f0,0x9f1), (0x9fc,0x9fc), (0xa05,0xa0a),
    (0xa0f,0xa10), (0xa13,0xa28), (0xa2a,0xa30), (0xa32,0xa33), (0xa35,0xa36), (0xa38,0xa39),
    (0xa59,0xa5c), (0xa5e,0xa5e), (0xa72,0xa74), (0xa85,0xa8d), (0xa8f,0xa91), (0xa93,0xaa8),
    (0xaaa,0xab0), (0xab2,0xab3), (0xab5,0xab9), (0xabd,0xabd), (0xad0,0xad0), (0xae0,0xae1),
    (0xaf9,0xaf9), (0xb05,0xb0c), (0xb0f,0xb10), (0xb13,0xb28), (0xb2a,0xb30), (0xb32,0xb33),
    (0xb35,0xb39), (0xb3d,0xb3d), (0xb5c,0xb5d), (0xb5f,0xb61), (0xb71,0xb71), (0xb83,0xb83),
    (0xb85,0xb8a), (0xb8e,0xb90), (0xb92,0xb95), (0xb99,0xb9a), (0xb9c,0xb9c), (0xb9e,0xb9f),
    (0xba3,0xba4), (0xba8,0xbaa), (0xbae,0xbb9), (0xbd0,0xbd0), (0xc05,0xc0c), (0xc0e,0xc10),
    (0xc12,0xc28), (0xc2a,0xc39), (0xc3d,0xc3d), (0xc58,0xc5a), (0xc60,0xc61), (0xc80,0xc80),
    (0xc85,0xc8c), (0xc8e,0xc90), (0xc92,0xca8), (0xcaa,0xcb3), (0xcb5,0xcb9), (0xcbd,0xcbd),
    (0xcde,0xcde), (0xce0,0xce1), (0xcf1,0xcf2), (0xd04,0xd0c), (0xd0e,0xd10), (0xd12,0xd3a),
    (0xd3d,0xd3d), (0xd4e,0xd4e), (0xd54,0xd56), (0xd5f,0xd61), (0xd7a,0xd7f), (0xd85,0xd96),
    (0xd9a,0xdb1), (0xdb3,0xdbb), (0xdbd,0xdbd), (0xdc0,0xdc6), (0xe01,0xe30), (0xe32,0xe33),
    (0xe40,0xe46), (0xe81,0xe82), (0xe84,0xe84), (0xe86,0xe8a), (0xe8c,0xea3), (0xea5,0xea5),
    (0xea7,0xeb0), (0xeb2,0xeb3), (0xebd,0xebd), (0xec0,0xec4), (0xec6,0xec6), (0xedc,0xedf),
    (0xf00,0xf00), (0xf40,0xf47), (0xf49,0xf6c), (0xf88,0xf8c), (0x1000,0x102a), (0x103f,0x103f),
    (0x1050,0x1055), (0x105a,0x105d), (0x1061,0x1061), (0x1065,0x1066), (0x106e,0x1070),
    (0x1075,0x1081), (0x108e,0x108e), (0x10a0,0x10c5), (0x10c7,0x10c7), (0x10cd,0x10cd),
    (0x10d0,0x10fa), (0x10fc,0x1248), (0x124a,0x124d), (0x1250,0x1256), (0x1258,0x1258),
    (0x125a,0x125d), (0x1260,0x1288), (0x128a,0x128d), (0x1290,0x12b0), (0x12b2,0x12b5),
    (0x12b8,0x12be), (0x12c0,0x12c0), (0x12c2,0x12c5), (0x12c8,0x12d6), (0x12d8,0x1310),
    (0x1312,0x1315), (0x1318,0x135a), (0x1380,0x138f), (0x13a0,0x13f5), (0x13f8,0x13fd),
    (0x1401,0x166c), (0x166f,0x167f), (0x1681,0x169a), (0x16a0,0x16ea), (0x16ee,0x16f8),
    (0x1700,0x170c), (0x170e,0x1711), (0x1720,0x1731), (0x1740,0x1751), (0x1760,0x176c),
    (0x176e,0x1770), (0x1780,0x17b3), (0x17d7,0x17d7), (0x17dc,0x17dc), (0x1820,0x1878),
    (0x1880,0x18a8), (0x18aa,0x18aa), (0x18b0,0x18f5), (0x1900,0x191e), (0x1950,0x196d),
    (0x1970,0x1974), (0x1980,0x19ab), (0x19b0,0x19c9), (0x1a00,0x1a16), (0x1a20,0x1a54),
    (0x1aa7,0x1aa7), (0x1b05,0x1b33), (0x1b45,0x1b4b), (0x1b83,0x1ba0), (0x1bae,0x1baf),
    (0x1bba,0x1be5), (0x1c00,0x1c23), (0x1c4d,0x1c4f), (0x1c5a,0x1c7d), (0x1c80,0x1c88),
    (0x1c90,0x1cba), (0x1cbd,0x1cbf), (0x1ce9,0x1cec), (0x1cee,0x1cf3), (0x1cf5,0x1cf6),
    (0x1cfa,0x1cfa), (0x1d00,0x1dbf), (0x1e00,0x1f15), (0x1f18,0x1f1d), (0x1f20,0x1f45),
    (0x1f48,0x1f4d), (0x1f50,0x1f57), (0x1f59,0x1f59), (0x1f5b,0x1f5b), (0x1f5d,0x1f5d),
    (0x1f5f,0x1f7d), (0x1f80,0x1fb4), (0x1fb6,0x1fbc), (0x1fbe,0x1fbe), (0x1fc2,0x1fc4),
    (0x1fc6,0x1fcc), (0x1fd0,0x1fd3), (0x1fd6,0x1fdb), (0x1fe0,0x1fec), (0x1ff2,0x1ff4),
    (0x1ff6,0x1ffc), (0x2071,0x2071), (0x207f,0x207f), (0x2090,0x209c), (0x2102,0x2102),
    (0x2107,0x2107), (0x210a,0x2113), (0x2115,0x2115), (0x2118,0x211d), (0x2124,0x2124),
    (0x2126,0x2126), (0x2128,0x2128), (0x212a,0x2139), (0x213c,0x213f), (0x2145,0x2149),
    (0x214e,0x214e), (0x2160,0x2188), (0x2c00,0x2c2e), (0x2c30,0x2c5e), (0x2c60,0x2ce4),
    (0x2ceb,0x2cee), (0x2cf2,0x2cf3), (0x2d00,0x2d25), (0x2d27,0x2d27), (0x2d2d,0x2d2d),
    (0x2d30,0x2d67), (0x2d6f,0x2d6f), (0x2d80,0x2d96), (0x2da0,0x2da6), (0x2da8,0x2dae),
    (0x2db0,0x2db6), (0x2db8,0x2dbe), (0x2dc0,0x2dc6), (0x2dc8,0x2dce), (0x2dd0,0x2dd6),
    (0x2dd8,0x2dde), (0x3005,0x3007), (0x3021,0x3029), (0x3031,0x3035), (0x3038,0x303c),
    (0x3041,0x3096), (0x309b,0x309f), (0x30a1,0x30fa), (0x30fc,0x30ff), (0x3105,0x312f),
    (0x3131,0x318e), (0x31a0,0x31bf), (0x31f0,0x31ff), (0x3400,0x4dbf), (0x4e00,0x9ffc),
    (0xa000,0xa48c), (0xa4d0,0xa4fd), (0xa500,0xa60c), (0xa610,0xa61f), (0xa62a,0xa62b),
    (0xa640,0xa66e), (0xa67f,0xa69d), (0xa6a0,0xa6ef), (0xa717,0xa71f), (0xa722,0xa788),
    (0xa78b,0xa7bf), (0xa7c2,0xa7ca), (0xa7f5,0xa801), (0xa803,0xa805), (0xa807,0xa80a),
    (0xa80c,0xa822), (0xa840,0xa873), (0xa882,0xa8b3), (0xa8f2,0xa8f7), (0xa8fb,0xa8fb),
    (0xa8fd,0xa8fe), (0xa90a,0xa925), (0xa930,0xa946), (0xa960,0xa97c), (0xa984,0xa9b2),
    (0xa9cf,0xa9cf), (0xa9e0,0xa9e4), (0xa9e6,0xa9ef), (0xa9fa,0xa9fe), (0xaa00,0xaa28),
    (0xaa40,0xaa42), (0xaa44,0xaa4b), (0xaa60,0xaa76), (0xaa7a,0xaa7a), (0xaa7e,0xaaaf),
    (0xaab1,0xaab1), (0xaab5,0xaab6), (0xaab9,0xaabd), (0xaac0,0xaac0), (0xaac2,0xaac2),
    (0xaadb,0xaadd), (0xaae0,0xaaea), (0xaaf2,0xaaf4), (0xab01,0xab06), (0xab09,0xab0e),
    (0xab11,0xab16), (0xab20,0xab26), (0xab28,0xab2e), (0xab30,0xab5a), (0xab5c,0xab69),
    (0xab70,0xabe2), (0xac00,0xd7a3), (0xd7b0,0xd7c6), (0xd7cb,0xd7fb), (0xf900,0xfa6d),
    (0xfa70,0xfad9), (0xfb00,0xfb06), (0xfb13,0xfb17), (0xfb1d,0xfb1d), (0xfb1f,0xfb28),
    (0xfb2a,0xfb36), (0xfb38,0xfb3c), (0xfb3e,0xfb3e), (0xfb40,0xfb41), (0xfb43,0xfb44),
    (0xfb46,0xfbb1), (0xfbd3,0xfd3d), (0xfd50,0xfd8f), (0xfd92,0xfdc7), (0xfdf0,0xfdfb),
    (0xfe70,0xfe74), (0xfe76,0xfefc), (0xff21,0xff3a), (0xff41,0xff5a), (0xff66,0xffbe),
    (0xffc2,0xffc7), (0xffca,0xffcf), (0xffd2,0xffd7), (0xffda,0xffdc), (0x10000,0x1000b),
    (0x1000d,0x10026), (0x10028,0x1003a), (0x1003c,0x1003d), (0x1003f,0x1004d), (0x10050,0x1005d),
    (0x10080,0x100fa), (0x10140,0x10174), (0x10280,0x1029c), (0x102a0,0x102d0), (0x10300,0x1031f),
    (0x1032d,0x1034a), (0x10350,0x10375), (0x10380,0x1039d), (0x103a0,0x103c3), (0x103c8,0x103cf),
    (0x103d1,0x103d5), (0x10400,0x1049d), (0x104b0,0x104d3), (0x104d8,0x104fb), (0x10500,0x10527),
    (0x10530,0x10563), (0x10600,0x10736), (0x10740,0x10755), (0x10760,0x10767), (0x10800,0x10805),
    (0x10808,0x10808), (0x1080a,0x10835), (0x10837,0x10838), (0x1083c,0x1083c), (0x1083f,0x10855),
    (0x10860,0x10876), (0x10880,0x1089e), (0x108e0,0x108f2), (0x108f4,0x108f5), (0x10900,0x10915),
    (0x10920,0x10939), (0x10980,0x109b7), (0x109be,0x109bf), (0x10a00,0x10a00), (0x10a10,0x10a13),
    (0x10a15,0x10a17), (0x10a19,0x10a35), (0x10a60,0x10a7c), (0x10a80,0x10a9c), (0x10ac0,0x10ac7),
    (0x10ac9,0x10ae4), (0x10b00,0x10b35), (0x10b40,0x10b55), (0x10b60,0x10b72), (0x10b80,0x10b91),
    (0x10c00,0x10c48), (0x10c80,0x10cb2), (0x10cc0,0x10cf2), (0x10d00,0x10d23), (0x10e80,0x10ea9),
    (0x10eb0,0x10eb1), (0x10f00,0x10f1c), (0x10f27,0x10f27), (0x10f30,0x10f45), (0x10fb0,0x10fc4),
    (0x10fe0,0x10ff6), (0x11003,0x11037), (0x11083,0x110af), (0x110d0,0x110e8), (0x11103,0x11126),
    (0x11144,0x11144), (0x11147,0x11147), (0x11150,0x11172), (0x11176,0x11176), (0x11183,0x111b2),
    (0x111c1,0x111c4), (0x111da,0x111da), (0x111dc,0x111dc), (0x11200,0x11211), (0x11213,0x1122b),
    (0x11280,0x11286), (0x11288,0x11288), (0x1128a,0x1128d), (0x1128f,0x1129d), (0x1129f,0x112a8),
    (0x112b0,0x112de), (0x11305,0x1130c), (0x1130f,0x11310), (0x11313,0x11328), (0x1132a,0x11330),
    (0x11332,0x11333), (0x11335,0x11339), (0x1133d,0x1133d), (0x11350,0x11350), (0x1135d,0x11361),
    (0x11400,0x11434), (0x11447,0x1144a), (0x1145f,0x11461), (0x11480,0x114af), (0x114c4,0x114c5),
    (0x114c7,0x114c7), (0x11580,0x115ae), (0x115d8,0x115db), (0x11600,0x1162f), (0x11644,0x11644),
    (0x11680,0x116aa), (0x116b8,0x116b8), (0x11700,0x1171a), (0x11800,0x1182b), (0x118a0,0x118df),
    (0x118ff,0x11906), (0x11909,0x11909), (0x1190c,0x11913), (0x11915,0x11916), (0x11918,0x1192f),
    (0x1193f,0x1193f), (0x11941,0x11941), (0x119a0,0x119a7), (0x119aa,0x119d0), (0x119e1,0x119e1),
    (0x119e3,0x119e3), (0x11a00,0x11a00), (0x11a0b,0x11a32), (0x11a3a,0x11a3a), (0x11a50,0x11a50),
    (0x11a5c,0x11a89), (0x11a9d,0x11a9d), (0x11ac0,0x11af8), (0x11c00,0x11c08), (0x11c0a,0x11c2e),
    (0x11c40,0x11c40), (0x11c72,0x11c8f), (0x11d00,0x11d06), (0x11d08,0x11d09), (0x11d0b,0x11d30),
    (0x11d46,0x11d46), (0x11d60,0x11d65), (0x11d67,0x11d68), (0x11d6a,0x11d89), (0x11d98,0x11d98),
    (0x11ee0,0x11ef2), (0x11fb0,0x11fb0), (0x12000,0x12399), (0x12400,0x1246e), (0x12480,0x12543),
    (0x13000,0x1342e), (0x14400,0x14646), (0x16800,0x16a38), (0x16a40,0x16a5e), (0x16ad0,0x16aed),
    (0x16b00,0x16b2f), (0x16b40,0x16b43), (0x16b63,0x16b77), (0x16b7d,0x16b8f), (0x16e40,0x16e7f),
    (0x16f00,0x16f4a), (0x16f50,0x16f50), (0x16f93,0x16f9f), (0x16fe0,0x16fe1), (0x16fe3,0x16fe3),
    (0x17000,0x187f7), (0x18800,0x18cd5), (0x18d00,0x18d08), (0x1b000,0x1b11e), (0x1b150,0x1b152),
    (0x1b164,0x1b167), (0x1b170,0x1b2fb), (0x1bc00,0x1bc6a), (0x1bc70,0x1bc7c), (0x1bc80,0x1bc88),
    (0x1bc90,0x1bc99), (0x1d400,0x1d454), (0x1d456,0x1d49c), (0x1d49e,0x1d49f), (0x1d4a2,0x1d4a2),
    (0x1d4a5,0x1d4a6), (0x1d4a9,0x1d4ac), (0x1d4ae,0x1d4b9), (0x1d4bb,0x1d4bb), (0x1d4bd,0x1d4c3),
    (0x1d4c5,0x1d505), (0x1d507,0x1d50a), (0x1d50d,0x1d514), (0x1d516,0x1d51c), (0x1d51e,0x1d539),
    (0x1d53b,0x1d53e), (0x1d540,0x1d544), (0x1d546,0x1d546), (0x1d54a,0x1d550), (0x1d552,0x1d6a5),
    (0x1d6a8,0x1d6c0), (0x1d6c2,0x1d6da), (0x1d6dc,0x1d6fa), (0x1d6fc,0x1d714), (0x1d716,0x1d734),
    (0x1d736,0x1d74e), (0x1d750,0x1d76e), (0x1d770,0x1d788), (0x1d78a,0x1d7a8), (0x1d7aa,0x1d7c2),
    (0x1d7c4,0x1d7cb), (0x1e100,0x1e12c), (0x1e137,0x1e13d), (0x1e14e,0x1e14e), (0x1e2c0,0x1e2eb),
    (0x1e800,0x1e8c4), (0x1e900,0x1e943), (0x1e94b,0x1e94b), (0x1ee00,0x1ee03), (0x1ee05,0x1ee1f),
    (0x1ee21,0x1ee22), (0x1ee24,0x1ee24), (0x1ee27,0x1ee27), (0x1ee29,0x1ee32), (0x1ee34,0x1ee37),
    (0x1ee39,0x1ee39), (0x1ee3b,0x1ee3b), (0x1ee42,0x1ee42), (0x1ee47,0x1ee47), (0x1ee49,0x1ee49),
    (0x1ee4b,0x1ee4b), (0x1ee4d,0x1ee4f), (0x1ee51,0x1ee52), (0x1ee54,0x1ee54), (0x1ee57,0x1ee57),
    (0x1ee59,0x1ee59), (0x1ee5b,0x1ee5b), (0x1ee5d,0x1ee5d), (0x1ee5f,0x1ee5f), (0x1ee61,0x1ee62),
    (0x1ee64,0x1ee64), (0x1ee67,0x1ee6a), (0x1ee6c,0x1ee72), (0x1ee74,0x1ee77), (0x1ee79,0x1ee7c),
    (0x1ee7e,0x1ee7e), (0x1ee80,0x1ee89), (0x1ee8b,0x1ee9b), (0x1eea1,0x1eea3), (0x1eea5,0x1eea9),
    (0x1eeab,0x1eebb), (0x20000,0x2a6dd), (0x2a700,0x2b734), (0x2b740,0x2b81d), (0x2b820,0x2cea1),
    (0x2ceb0,0x2ebe0), (0x2f800,0x2fa1d), (0x30000,0x3134a),
];
#[rustfmt::skip]
const ID_CONTINUE_NON_ASCII: &[(u32, u32)] = &[
    (0xaa,0xaa), (0xb5,0xb5), (0xb7,0xb7), (0xba,0xba), (0xc0,0xd6), (0xd8,0xf6), (0xf8,0x2c1),
    (0x2c6,0x2d1), (0x2e0,0x2e4), (0x2ec,0x2ec), (0x2ee,0x2ee), (0x300,0x374), (0x376,0x377),
    (0x37a,0x37d), (0x37f,0x37f), (0x386,0x38a), (0x38c,0x38c), (0x38e,0x3a1), (0x3a3,0x3f5),
    (0x3f7,0x481), (0x483,0x487), (0x48a,0x52f), (0x531,0x556), (0x559,0x559), (0x560,0x588),
    (0x591,0x5bd), (0x5bf,0x5bf), (0x5c1,0x5c2), (0x5c4,0x5c5), (0x5c7,0x5c7), (0x5d0,0x5ea),
    (0x5ef,0x5f2), (0x610,0x61a), (0x620,0x669), (0x66e,0x6d3), (0x6d5,0x6dc), (0x6df,0x6e8),
    (0x6ea,0x6fc), (0x6ff,0x6ff), (0x710,0x74a), (0x74d,0x7b1), (0x7c0,0x7f5), (0x7fa,0x7fa),
    (0x7fd,0x7fd), (0x800,0x82d), (0x840,0x85b), (0x860,0x86a), (0x8a0,0x8b4), (0x8b6,0x8c7),
    (0x8d3,0x8e1), (0x8e3,0x963), (0x966,0x96f), (0x971,0x983), (0x985,0x98c), (0x98f,0x990),
    (0x993,0x9a8), (0x9aa,0x9b0), (0x9b2,0x9b2), (0x9b6,0x9b9), (0x9bc,0x9c4), (0x9c7,0x9c8),
    (0x9cb,0x9ce), (0x9d7,0x9d7), (0x9dc,0x9dd), (0x9df,0x9e3), (0x9e6,0x9f1), (0x9fc,0x9fc),
    (0x9fe,0x9fe), (0xa01,0xa03), (0xa05,0xa0a), (0xa0f,0xa10), (0xa13,0xa28), (0xa2a,0xa30),
    (0xa32,0xa33), (0xa35,0xa36), (0xa38,0xa39), (0xa3c,0xa3c), (0xa3e,0xa42), (0xa47,0xa48),
    (0xa4b,0xa4d), (0xa51,0xa51), (0xa59,0xa5c), (0xa5e,0xa5e), (0xa66,0xa75), (0xa81,0xa83),
    (0xa85,0xa8d), (0xa8f,0xa91), (0xa93,0xaa8), (0xaaa,0xab0), (0xab2,0xab3), (0xab5,0xab9),
    (0xabc,0xac5), (0xac7,0xac9), (0xacb,0xacd), (0xad0,0xad0), (0xae0,0xae3), (0xae6,0xaef),
    (0xaf9,0xaff), (0xb01,0xb03), (0xb05,0xb0c), (0xb0f,0xb10), (0xb13,0xb28), (0xb2a,0xb30),
    (0xb32,0xb33), (0xb35,0xb39), (0xb3c,0xb44), (0xb47,0xb48), (0xb4b,0xb4d), (0xb55,0xb57),
    (0xb5c,0xb5d), (0xb5f,0xb63), (0xb66,0xb6f), (0xb71,0xb71), (0xb82,0xb83), (0xb85,0xb8a),
    (0xb8e,0xb90), (0xb92,0xb95), (0xb99,0xb9a), (0xb9c,0xb9c), (0xb9e,0xb9f), (0xba3,0xba4),
    (0xba8,0xbaa), (0xbae,0xbb9), (0xbbe,0xbc2), (0xbc6,0xbc8), (0xbca,0xbcd), (0xbd0,0xbd0),
    (0xbd7,0xbd7), (0xbe6,0xbef), (0xc00,0xc0c), (0xc0e,0xc10), (0xc12,0xc28), (0xc2a,0xc39),
    (0xc3d,0xc44), (0xc46,0xc48), (0xc4a,0xc4d), (0xc55,0xc56), (0xc58,0xc5a), (0xc60,0xc63),
    (0xc66,0xc6f), (0xc80,0xc83), (0xc85,0xc8c), (0xc8e,0xc90), (0xc92,0xca8), (0xcaa,0xcb3),
    (0xcb5,0xcb9), (0xcbc,0xcc4), (0xcc6,0xcc8), (0xcca,0xccd), (0xcd5,0xcd6), (0xcde,0xcde),
    (0xce0,0xce3), (0xce6,0xcef), (0xcf1,0xcf2), (0xd00,0xd0c), (0xd0e,0xd10), (0xd12,0xd44),
    (0xd46,0xd48), (0xd4a,0xd4e), (0xd54,0xd57), (0xd5f,0xd63), (0xd66,0xd6f), (0xd7a,0xd7f),
    (0xd81,0xd83), (0xd85,0xd96), (0xd9a,0xdb1), (0xdb3,0xdbb), (0xdbd,0xdbd), (0xdc0,0xdc6),
    (0xdca,0xdca), (0xdcf,0xdd4), (0xdd6,0xdd6), (0xdd8,0xddf), (0xde6,0xdef), (0xdf2,0xdf3),
    (0xe01,0xe3a), (0xe40,0xe4e), (0xe50,0xe59), (0xe81,0xe82), (0xe84,0xe84), (0xe86,0xe8a),
    (0xe8c,0xea3), (0xea5,0xea5), (0xea7,0xebd), (0xec0,0xec4), (0xec6,0xec6), (0xec8,0xecd),
    (0xed0,0xed9), (0xedc,0xedf), (0xf00,0xf00), (0xf18,0xf19), (0xf20,0xf29), (0xf35,0xf35),
    (0xf37,0xf37), (0xf39,0xf39), (0xf3e,0xf47), (0xf49,0xf6c), (0xf71,0xf84), (0xf86,0xf97),
    (0xf99,0xfbc), (0xfc6,0xfc6), (0x1000,0x1049), (0x1050,0x109d), (0x10a0,0x10c5),
    (0x10c7,0x10c7), (0x10cd,0x10cd), (0x10d0,0x10fa), (0x10fc,0x1248), (0x124a,0x124d),
    (0x1250,0x1256), (0x1258,0x1258), (0x125a,0x125d), (0x1260,0x1288), (0x128a,0x128d),
    (0x1290,0x12b0), (0x12b2,0x12b5), (0x12b8,0x12be), (0x12c0,0x12c0), (0x12c2,0x12c5),
    (0x12c8,0x12d6), (0x12d8,0x1310), (0x1312,0x1315), (0x1318,0x135a), (0x135d,0x135f),
    (0x1369,0x1371), (0x1380,0x138f), (0x13a0,0x13f5), (0x13f8,0x13fd), (0x1401,0x166c),
    (0x166f,0x167f), (0x1681,0x169a), (0x16a0,0x16ea), (0x16ee,0x16f8), (0x1700,0x170c),
    (0x170e,0x1714), (0x1720,0x1734), (0x1740,0x1753), (0x1760,0x176c), (0x176e,0x1770),
    (0x1772,0x1773), (0x1780,0x17d3), (0x17d7,0x17d7), (0x17dc,0x17dd), (0x17e0,0x17e9),
    (0x180b,0x180d), (0x1810,0x1819), (0x1820,0x1878), (0x1880,0x18aa), (0x18b0,0x18f5),
    (0x1900,0x191e), (0x1920,0x192b), (0x1930,0x193b), (0x1946,0x196d), (0x1970,0x1974),
    (0x1980,0x19ab), (0x19b0,0x19c9), (0x19d0,0x19da), (0x1a00,0x1a1b), (0x1a20,0x1a5e),
    (0x1a60,0x1a7c), (0x1a7f,0x1a89), (0x1a90,0x1a99), (0x1aa7,0x1aa7), (0x1ab0,0x1abd),
    (0x1abf,0x1ac0), (0x1b00,0x1b4b), (0x1b50,0x1b59), (0x1b6b,0x1b73), (0x1b80,0x1bf3),
    (0x1c00,0x1c37), (0x1c40,0x1c49), (0x1c4d,0x1c7d), (0x1c80,0x1c88), (0x1c90,0x1cba),
    (0x1cbd,0x1cbf), (0x1cd0,0x1cd2), (0x1cd4,0x1cfa), (0x1d00,0x1df9), (0x1dfb,0x1f15),
    (0x1f18,0x1f1d), (0x1f20,0x1f45), (0x1f48,0x1f4d), (0x1f50,0x1f57), (0x1f59,0x1f59),
    (0x1f5b,0x1f5b), (0x1f5d,0x1f5d), (0x1f5f,0x1f7d), (0x1f80,0x1fb4), (0x1fb6,0x1fbc),
    (0x1fbe,0x1fbe), (0x1fc2,0x1fc4), (0x1fc6,0x1fcc), (0x1fd0,0x1fd3), (0x1fd6,0x1fdb),
    (0x1fe0,0x1fec), (0x1ff2,0x1ff4), (0x1ff6,0x1ffc), (0x200c,0x200d), (0x203f,0x2040),
    (0x2054,0x2054), (0x2071,0x2071), (0x207f,0x207f), (0x2090,0x209c), (0x20d0,0x20dc),
    (0x20e1,0x20e1), (0x20e5,0x20f0), (0x2102,0x2102), (0x2107,0x2107), (0x210a,0x2113),
    (0x2115,0x2115), (0x2118,0x211d), (0x2124,0x2124), (0x2126,0x2126), (0x2128,0x2128),
    (0x212a,0x2139), (0x213c,0x213f), (0x2145,0x2149), (0x214e,0x214e), (0x2160,0x2188),
    (0x2c00,0x2c2e), (0x2c30,0x2c5e), (0x2c60,0x2ce4), (0x2ceb,0x2cf3), (0x2d00,0x2d25),
    (0x2d27,0x2d27), (0x2d2d,0x2d2d), (0x2d30,0x2d67), (0x2d6f,0x2d6f), (0x2d7f,0x2d96),
    (0x2da0,0x2da6), (0x2da8,0x2dae), (0x2db0,0x2db6), (0x2db8,0x2dbe), (0x2dc0,0x2dc6),
    (0x2dc8,0x2dce), (0x2dd0,0x2dd6), (0x2dd8,0x2dde), (0x2de0,0x2dff), (0x3005,0x3007),
    (0x3021,0x302f), (0x3031,0x3035), (0x3038,0x303c), (0x3041,0x3096), (0x3099,0x309f),
    (0x30a1,0x30fa), (0x30fc,0x30ff), (0x3105,0x312f), (0x3131,0x318e), (0x31a0,0x31bf),
    (0x31f0,0x31ff), (0x3400,0x4dbf), (0x4e00,0x9ffc), (0xa000,0xa48c), (0xa4d0,0xa4fd),
    (0xa500,0xa60c), (0xa610,0xa62b), (0xa640,0xa66f), (0xa674,0xa67d), (0xa67f,0xa6f1),
    (0xa717,0xa71f), (0xa722,0xa788), (0xa78b,0xa7bf), (0xa7c2,0xa7ca), (0xa7f5,0xa827),
    (0xa82c,0xa82c), (0xa840,0xa873), (0xa880,0xa8c5), (0xa8d0,0xa8d9), (0xa8e0,0xa8f7),
    (0xa8fb,0xa8fb), (0xa8fd,0xa92d), (0xa930,0xa953), (0xa960,0xa97c), (0xa980,0xa9c0),
    (0xa9cf,0xa9d9), (0xa9e0,0xa9fe), (0xaa00,0xaa36), (0xaa40,0xaa4d), (0xaa50,0xaa59),
    (0xaa60,0xaa76), (0xaa7a,0xaac2), (0xaadb,0xaadd), (0xaae0,0xaaef), (0xaaf2,0xaaf6),
    (0xab01,0xab06), (0xab09,0xab0e), (0xab11,0xab16), (0xab20,0xab26), (0xab28,0xab2e),
    (0xab30,0xab5a), (0xab5c,0xab69), (0xab70,0xabea), (0xabec,0xabed), (0xabf0,0xabf9),
    (0xac00,0xd7a3), (0xd7b0,0xd7c6), (0xd7cb,0xd7fb), (0xf900,0xfa6d), (0xfa70,0xfad9),
    (0xfb00,0xfb06), (0xfb13,0xfb17), (0xfb1d,0xfb28), (0xfb2a,0xfb36), (0xfb38,0xfb3c),
    (0xfb3e,0xfb3e), (0xfb40,0xfb41), (0xfb43,0xfb44), (0xfb46,0xfbb1), (0xfbd3,0xfd3d),
    (0xfd50,0xfd8f), (0xfd92,0xfdc7), (0xfdf0,0xfdfb), (0xfe00,0xfe0f), (0xfe20,0xfe2f),
    (0xfe33,0xfe34), (0xfe4d,0xfe4f), (0xfe70,0xfe74), (0xfe76,0xfefc), (0xff10,0xff19),
    (0xff21,0xff3a), (0xff3f,0xff3f), (0xff41,0xff5a), (0xff66,0xffbe), (0xffc2,0xffc7),
    (0xffca,0xffcf), (0xffd2,0xffd7), (0xffda,0xffdc), (0x10000,0x1000b), (0x1000d,0x10026),
    (0x10028,0x1003a), (0x1003c,0x1003d), (0x1003f,0x1004d), (0x10050,0x1005d), (0x10080,0x100fa),
    (0x10140,0x10174), (0x101fd,0x101fd), (0x10280,0x1029c), (0x102a0,0x102d0), (0x102e0,0x102e0),
    (0x10300,0x1031f), (0x1032d,0x1034a), (0x10350,0x1037a), (0x10380,0x1039d), (0x103a0,0x103c3),
    (0x103c8,0x103cf), (0x103d1,0x103d5), (0x10400,0x1049d), (0x104a0,0x104a9), (0x104b0,0x104d3),
    (0x104d8,0x104fb), (0x10500,0x10527), (0x10530,0x10563), (0x10600,0x10736), (0x10740,0x10755),
    (0x10760,0x10767), (0x10800,0x10805), (0x10808,0x10808), (0x1080a,0x10835), (0x10837,0x10838),
    (0x1083c,0x1083c), (0x1083f,0x10855), (0x10860,0x10876), (0x10880,0x1089e), (0x108e0,0x108f2),
    (0x108f4,0x108f5), (0x10900,0x10915), (0x10920,0x10939), (0x10980,0x109b7), (0x109be,0x109bf),
    (0x10a00,0x10a03), (0x10a05,0x10a06), (0x10a0c,0x10a13), (0x10a15,0x10a17), (0x10a19,0x10a35),
    (0x10a38,0x10a3a), (0x10a3f,0x10a3f), (0x10a60,0x10a7c), (0x10a80,0x10a9c), (0x10ac0,0x10ac7),
    (0x10ac9,0x10ae6), (0x10b00,0x10b35), (0x10b40,0x10b55), (0x10b60,0x10b72), (0x10b80,0x10b91),
    (0x10c00,0x10c48), (0x10c80,0x10cb2), (0x10cc0,0x10cf2), (0x10d00,0x10d27), (0x10d30,0x10d39),
    (0x10e80,0x10ea9), (0x10eab,0x10eac), (0x10eb0,0x10eb1), (0x10f00,0x10f1c), (0x10f27,0x10f27),
    (0x10f30,0x10f50), (0x10fb0,0x10fc4), (0x10fe0,0x10ff6), (0x11000,0x11046), (0x11066,0x1106f),
    (0x1107f,0x110ba), (0x110d0,0x110e8), (0x110f0,0x110f9), (0x11100,0x11134), (0x11136,0x1113f),
    (0x11144,0x11147), (0x11150,0x11173), (0x11176,0x11176), (0x11180,0x111c4), (0x111c9,0x111cc),
    (0x111ce,0x111da), (0x111dc,0x111dc), (0x11200,0x11211), (0x11213,0x11237), (0x1123e,0x1123e),
    (0x11280,0x11286), (0x11288,0x11288), (0x1128a,0x1128d), (0x1128f,0x1129d), (0x1129f,0x112a8),
    (0x112b0,0x112ea), (0x112f0,0x112f9), (0x11300,0x11303), (0x11305,0x1130c), (0x1130f,0x11310),
    (0x11313,0x11328), (0x1132a,0x11330), (0x11332,0x11333), (0x11335,0x11339), (0x1133b,0x11344),
    (0x11347,0x11348), (0x1134b,0x1134d), (0x11350,0x11350), (0x11357,0x11357), (0x1135d,0x11363),
    (0x11366,0x1136c), (0x11370,0x11374), (0x11400,0x1144a), (0x11450,0x11459), (0x1145e,0x11461),
    (0x11480,0x114c5), (0x114c7,0x114c7), (0x114d0,0x114d9), (0x11580,0x115b5), (0x115b8,0x115c0),
    (0x115d8,0x115dd), (0x11600,0x11640), (0x11644,0x11644), (0x11650,0x11659), (0x11680,0x116b8),
    (0x116c0,0x116c9), (0x11700,0x1171a), (0x1171d,0x1172b), (0x11730,0x11739), (0x11800,0x1183a),
    (0x118a0,0x118e9), (0x118ff,0x11906), (0x11909,0x11909), (0x1190c,0x11913), (0x11915,0x11916),
    (0x11918,0x11935), (0x11937,0x11938), (0x1193b,0x11943), (0x11950,0x11959), (0x119a0,0x119a7),
    (0x119aa,0x119d7), (0x119da,0x119e1), (0x119e3,0x119e4), (0x11a00,0x11a3e), (0x11a47,0x11a47),
    (0x11a50,0x11a99), (0x11a9d,0x11a9d), (0x11ac0,0x11af8), (0x11c00,0x11c08), (0x11c0a,0x11c36),
    (0x11c38,0x11c40), (0x11c50,0x11c59), (0x11c72,0x11c8f), (0x11c92,0x11ca7), (0x11ca9,0x11cb6),
    (0x11d00,0x11d06), (0x11d08,0x11d09), (0x11d0b,0x11d36), (0x11d3a,0x11d3a), (0x11d3c,0x11d3d),
    (0x11d3f,0x11d47), (0x11d50,0x11d59), (0x11d60,0x11d65), (0x11d67,0x11d68), (0x11d6a,0x11d8e),
    (0x11d90,0x11d91), (0x11d93,0x11d98), (0x11da0,0x11da9), (0x11ee0,0x11ef6), (0x11fb0,0x11fb0),
    (0x12000,0x12399), (0x12400,0x1246e), (0x12480,0x12543), (0x13000,0x1342e), (0x14400,0x14646),
    (0x16800,0x16a38), (0x16a40,0x16a5e), (0x16a60,0x16a69), (0x16ad0,0x16aed), (0x16af0,0x16af4),
    (0x16b00,0x16b36), (0x16b40,0x16b43), (0x16b50,0x16b59), (0x16b63,0x16b77), (0x16b7d,0x16b8f),
    (0x16e40,0x16e7f), (0x16f00,0x16f4a), (0x16f4f,0x16f87), (0x16f8f,0x16f9f), (0x16fe0,0x16fe1),
    (0x16fe3,0x16fe4), (0x16ff0,0x16ff1), (0x17000,0x187f7), (0x18800,0x18cd5), (0x18d00,0x18d08),
    (0x1b000,0x1b11e), (0x1b150,0x1b152), (0x1b164,0x1b167), (0x1b170,0x1b2fb), (0x1bc00,0x1bc6a),
    (0x1bc70,0x1bc7c), (0x1bc80,0x1bc88), (0x1bc90,0x1bc99), (0x1bc9d,0x1bc9e), (0x1d165,0x1d169),
    (0x1d16d,0x1d172), (0x1d17b,0x1d182), (0x1d185,0x1d18b), (0x1d1aa,0x1d1ad), (0x1d242,0x1d244),
    (0x1d400,0x1d454), (0x1d456,0x1d49c), (0x1d49e,0x1d49f), (0x1d4a2,0x1d4a2), (0x1d4a5,0x1d4a6),
    (0x1d4a9,0x1d4ac), (0x1d4ae,0x1d4b9), (0x1d4bb,0x1d4bb), (0x1d4bd,0x1d4c3), (0x1d4c5,0x1d505),
    (0x1d507,0x1d50a), (0x1d50d,0x1d514), (0x1d516,0x1d51c), (0x1d51e,0x1d539), (0x1d53b,0x1d53e),
    (0x1d540,0x1d544), (0x1d546,0x1d546), (0x1d54a,0x1d550), (0x1d552,0x1d6a5), (0x1d6a8,0x1d6c0),
    (0x1d6c2,0x1d6da), (0x1d6dc,0x1d6fa), (0x1d6fc,0x1d714), (0x1d716,0x1d734), (0x1d736,0x1d74e),
    (0x1d750,0x1d76e), (0x1d770,0x1d788), (0x1d78a,0x1d7a8), (0x1d7aa,0x1d7c2), (0x1d7c4,0x1d7cb),
    (0x1d7ce,0x1d7ff), (0x1da00,0x1da36), (0x1da3b,0x1da6c), (0x1da75,0x1da75), (0x1da84,0x1da84),
    (0x1da9b,0x1da9f), (0x1daa1,0x1daaf), (0x1e000,0x1e006), (0x1e008,0x1e018), (0x1e01b,0x1e021),
    (0x1e023,0x1e024), (0x1e026,0x1e02a), (0x1e100,0x1e12c), (0x1e130,0x1e13d), (0x1e140,0x1e149),
    (0x1e14e,0x1e14e), (0x1e2c0,0x1e2f9), (0x1e800,0x1e8c4), (0x1e8d0,0x1e8d6), (0x1e900,0x1e94b),
    (0x1e950,0x1e959), (0x1ee00,0x1ee03), (0x1ee05,0x1ee1f), (0x1ee21,0x1ee22), (0x1ee24,0x1ee24),
    (0x1ee27,0x1ee27), (0x1ee29,0x1ee32), (0x1ee34,0x1ee37), (0x1ee39,0x1ee39), (0x1ee3b,0x1ee3b),
    (0x1ee42,0x1ee42), (0x1ee47,0x1ee47), (0x1ee49,0x1ee49), (0x1ee4b,0x1ee4b), (0x1ee4d,0x1ee4f),
    (0x1ee51,0x1ee52), (0x1ee54,0x1ee54), (0x1ee57,0x1ee57), (0x1ee59,0x1ee59), (0x1ee5b,0x1ee5b),
    (0x1ee5d,0x1ee5d), (0x1ee5f,0x1ee5f), (0x1ee61,0x1ee62), (0x1ee64,0x1ee64), (0x1ee67,0x1ee6a),
    (0x1ee6c,0x1ee72), (0x1ee74,0x1ee77), (0x1ee79,0x1ee7c), (0x1ee7e,0x1ee7e), (0x1ee80,0x1ee89),
    (0x1ee8b,0x1ee9b), (0x1eea1,0x1eea3), (0x1eea5,0x1eea9), (0x1eeab,0x1eebb), (0x1fbf0,0x1fbf9),
    (0x20000,0x2a6dd), (0x2a700,0x2b734), (0x2b740,0x2b81d), (0x2b820,0x2cea1), (0x2ceb0,0x2ebe0),
    (0x2f800,0x2fa1d), (0x30000,0x3134a), (0xe0100,0xe01ef),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, source, exports, reexports). Every expectation here was also checked
    /// against cjs-module-lexer 2.2.0 (the version Node 20.20 ships; detection is
    /// unchanged since 1.x).
    const CASES: &[(&str, &str, &[&str], &[&str])] = &[
        // ----- TypeScript (tsc) CommonJS output -----
        (
            "tsc 5 esModuleInterop output",
            r#""use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.helper = exports.VERSION = void 0;
exports.VERSION = "1.0.0";
function helper() { return 1; }
exports.helper = helper;
var util_1 = require("./util");
Object.defineProperty(exports, "format", { enumerable: true, get: function () { return util_1.format; } });
__exportStar(require("./types"), exports);
"#,
            &["__esModule", "helper", "VERSION", "format"],
            &["./types"],
        ),
        (
            "tsc 3 __export helper",
            r#""use strict";
function __export(m) {
    for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p];
}
Object.defineProperty(exports, "__esModule", { value: true });
__export(require("./a"));
__export(require('./b'));
exports.c = 3;
"#,
            &["__esModule", "c"],
            &["./a", "./b"],
        ),
        (
            "tslib importHelpers",
            r#""use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Observable = void 0;
const tslib_1 = require("tslib");
tslib_1.__exportStar(require("./operators"), exports);
tslib_1.__exportStar(require("./types"), exports);
var Observable_1 = require("./internal/Observable");
Object.defineProperty(exports, "Observable", { enumerable: true, get: function () { return Observable_1.Observable; } });
"#,
            &["__esModule", "Observable"],
            &["./operators", "./types"],
        ),
        (
            "tsc export = require",
            "\"use strict\";\nconst impl = require(\"./impl\");\nmodule.exports = require(\"./impl\");\n",
            &[],
            &["./impl"],
        ),
        (
            "tsc enum and namespace output",
            r#""use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Color = void 0;
var Color;
(function (Color) {
    Color[Color["Red"] = 0] = "Red";
})(Color || (exports.Color = Color = {}));
"#,
            &["__esModule", "Color"],
            &[],
        ),
        // ----- Babel output -----
        (
            "babel export star with _exportNames",
            r#""use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
var _exportNames = {
  foo: true
};
exports.default = void 0;
Object.defineProperty(exports, "foo", {
  enumerable: true,
  get: function () {
    return _foo.foo;
  }
});
var _foo = require("./foo");
var _bar = require("./bar");
Object.keys(_bar).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
  if (key in exports && exports[key] === _bar[key]) return;
  Object.defineProperty(exports, key, {
    enumerable: true,
    get: function () {
      return _bar[key];
    }
  });
});
var _default = 42;
exports.default = _default;
"#,
            &["__esModule", "default", "foo"],
            &["./bar"],
        ),
        (
            "babel 7.0 loose export star",
            r#""use strict";

exports.__esModule = true;

var _external = require("external");

Object.keys(_external).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  exports[key] = _external[key];
});
"#,
            &["__esModule"],
            &["external"],
        ),
        (
            "babel interopRequireWildcard star",
            r#""use strict";
Object.defineProperty(exports, "__esModule", { value: true });
var _lib = _interopRequireWildcard(require("./lib"));
Object.keys(_lib).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  if (key in exports && exports[key] === _lib[key]) return;
  Object.defineProperty(exports, key, {
    enumerable: true,
    get: function get() {
      return _lib[key];
    }
  });
});
function _interopRequireWildcard(e, r) { return e; }
"#,
            &["__esModule"],
            &["./lib"],
        ),
        (
            "babel named getter and member string",
            r#"Object.defineProperty(exports, "a", { enumerable: true, get: function get() { return _x.a; } });
Object.defineProperty(exports, "b", { enumerable: true, get() { return _x["b"]; } });
Object.defineProperty(exports, "c", { enumerable: true, get: function () { return c; }, });
"#,
            &["a", "b", "c"],
            &[],
        ),
        (
            "babel star of unknown binding is not a reexport",
            r#"Object.keys(_notRequired).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  exports[key] = _notRequired[key];
});
"#,
            &[],
            &[],
        ),
        (
            "nested star loop is not top level",
            r#"var _x = require("x");
function f() {
  Object.keys(_x).forEach(function (key) {
    if (key === "default" || key === "__esModule") return;
    exports[key] = _x[key];
  });
}
"#,
            &[],
            &[],
        ),
        // ----- Rollup output -----
        (
            "rollup reexport with hasOwnProperty",
            r#"'use strict';

Object.defineProperty(exports, '__esModule', { value: true });

var dep = require('dep');

function foo() {}

exports.foo = foo;
Object.keys(dep).forEach(function (k) {
	if (k !== 'default' && !exports.hasOwnProperty(k)) Object.defineProperty(exports, k, {
		enumerable: true,
		get: function () { return dep[k]; }
	});
});
"#,
            &["__esModule", "foo"],
            &["dep"],
        ),
        (
            "rollup 3 reexport with Object.prototype.hasOwnProperty.call",
            r#"'use strict';
var dep = require('dep2');
Object.keys(dep).forEach(function (k) {
	if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) Object.defineProperty(exports, k, {
		enumerable: true,
		get: function () { return dep[k]; }
	});
});
"#,
            &[],
            &["dep2"],
        ),
        // ----- esbuild output -----
        (
            "esbuild cjs output with annotation",
            r#""use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var src_exports = {};
__export(src_exports, {
  add: () => add,
  default: () => src_default
});
module.exports = __toCommonJS(src_exports);
function add(a, b) {
  return a + b;
}
var src_default = add;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  add
});
"#,
            &["add"],
            &[],
        ),
        (
            "esbuild annotation with reexport",
            "var lib_exports = {};\nmodule.exports = __toCommonJS(lib_exports);\n__reExport(lib_exports, require(\"./dep\"), module.exports);\n0 && (module.exports = {\n  a,\n  b,\n  ...require(\"./dep\")\n});\n",
            &["a", "b"],
            &["./dep"],
        ),
        // ----- hand-written modules -----
        (
            "express style",
            r#"'use strict';
var bodyParser = require('body-parser')
exports = module.exports = createApplication;
function createApplication() {}
exports.application = proto;
exports.request = req;
exports.json = bodyParser.json
exports.Router = Router;
"#,
            &["application", "request", "json", "Router"],
            &[],
        ),
        (
            "exports inside functions, no scope analysis",
            "(function (exports) {\n  exports.a = 'a';\n  exports['b'] = 'b';\n  if (false) exports.c = 'c';\n})(exports);\n",
            &["a", "b", "c"],
            &[],
        ),
        (
            "renamed exports are not seen",
            "(function (e) { e.a = 'a'; e['b'] = 'b'; })(exports);",
            &[],
            &[],
        ),
        (
            "module.exports member assignments",
            "module.exports.a = 1;\nmodule . exports . b = 2;\nmodule.exports['c'] = 3;\nmodule.exports[\"d-e\"] = 4;\n",
            &["a", "b", "c", "d-e"],
            &[],
        ),
        (
            "object literal exports",
            "module.exports = { a, 'b': b, c: c, ...d, \"e\": f };",
            &["a", "b", "c", "e"],
            &[],
        ),
        (
            "object literal bails at first complex value",
            "module.exports = {\n  a,\n  ...d,\n  b: require('c'),\n  c: \"not detected\"\n};\n",
            &["a", "b"],
            &[],
        ),
        (
            "object literal value must be followed directly by comma",
            "module.exports = { a: b , c };",
            &["a"],
            &[],
        ),
        (
            "object literal spreads of require are reexports",
            "module.exports = require('ignored');\nmodule.exports = {\n  ...require('a'),\n  ...require(\"b\"),\n  c\n};\n",
            &["c"],
            &["a", "b"],
        ),
        (
            "only the last module.exports = require counts",
            "module.exports = require('a');\n(module => module.exports = require('b'))(NOT_MODULE);\nif (false) module.exports = require('c');\n",
            &[],
            &["c"],
        ),
        (
            "module.exports assignment discards earlier star reexports",
            "__exportStar(require('a'), exports);\nmodule.exports = { b };\n",
            &["b"],
            &[],
        ),
        (
            "defineProperty value forms",
            "Object.defineProperty(exports, 'd', { value: 'd' });\nObject.defineProperty(module.exports, '__esModule', { value: true });\nObject.defineProperty(exports, 'e', { enumerable: true, value: 1 });\n",
            &["d", "__esModule", "e"],
            &[],
        ),
        (
            "readme getter examples",
            r#"Object.defineProperty(exports, 'a', {
  enumerable: true,
  get: function () {
    return q.p;
  }
});
Object.defineProperty(exports, 'b', {
  enumerable: true,
  get: function () {
    return q['p'];
  }
});
Object.defineProperty(exports, 'c', {
  enumerable: true,
  get () {
    return b;
  }
});
"#,
            &["a", "b", "c"],
            &[],
        ),
        (
            "unsafe getters are not exports, even when assigned elsewhere",
            r#"exports.a = 1;
Object.defineProperty(exports, 'a', {
  get () {
    return 'nope';
  }
});
if (false) {
  Object.defineProperty(module.exports, 'b', {
    get () {
      return dynamic();
    }
  })
}
exports.b = 2;
exports.c = 3;
"#,
            &["c"],
            &[],
        ),
        (
            "unsupported defineProperty shapes are unsafe",
            r#"Object.defineProperty(exports, 'a', { enumerable: false, get () { return p; } });
Object.defineProperty(exports, 'b', { configurable: true, get () { return p; } });
Object.defineProperty(exports, 'c', { get: () => p });
Object.defineProperty(exports, 'd', { enumerable: true, get: function () { return dynamic(); } });
Object.defineProperty(exports, 'e', { enumerable: true, get () { return 'str'; } });
Object.defineProperty(exports, 'f', { configurable: true, value: 1 });
exports.a = exports.b = exports.c = exports.d = exports.e = exports.f = exports.g = 0;
"#,
            &["g"],
            &[],
        ),
        (
            "defineProperty on another object is ignored",
            "Object.defineProperty(target, 'a', { get () { return 'x'; } });\nexports.a = 1;",
            &["a"],
            &[],
        ),
        (
            "__esModule flag forms",
            "exports.__esModule = true;\nObject.defineProperty(exports, \"__esModule\", { value: true });",
            &["__esModule"],
            &[],
        ),
        (
            "non-identifier string exports and escapes",
            r#"exports['a-b'] = 1;
exports["\x41\u0042\103"] = 2;
exports['\u{1F600}'] = 3;
exports["line\
continued"] = 4;
exports['ü'] = 5;
"#,
            &["a-b", "ABC", "\u{1F600}", "linecontinued", "ü"],
            &[],
        ),
        (
            "string exports with invalid surrogates are dropped",
            r#"exports['\uD800'] = 1;
exports['\uDC00x'] = 2;
exports['\uFF21'] = 3;
exports['\uD83D\uDE00'] = 4;
exports['\x4'] = 5;
exports.ok = 6;
"#,
            &["\u{1F600}", "ok"],
            &[],
        ),
        (
            "unicode identifiers",
            "exports.café = 1;\nexports.𝑥 = 2;\nexports.ǅ = 3;\nexports.a\\u0062 = 4;\n",
            &["café", "𝑥", "ǅ"],
            &[],
        ),
        (
            "duplicates keep first-seen order",
            "exports.b = 1; exports.a = 2; exports.b = 3; module.exports = { a, c };",
            &["b", "a", "c"],
            &[],
        ),
        (
            "shebang",
            "#!/usr/bin/env node\nexports.a = 1;\n",
            &["a"],
            &[],
        ),
        (
            "dynamic import is allowed",
            "const m = import('./m.mjs');\nexports.load = () => import(\"./x.js\").then(x => x);\n",
            &["load"],
            &[],
        ),
        (
            "keywords that only look like import/export",
            "var important = 1, exported = 2, importer = require('x');\nexports.important = important;\nexport_ = 3;\n",
            &["important"],
            &[],
        ),
        (
            "reexport specifier with escapes",
            "module.exports = require('./\\x61');",
            &[],
            &["./a"],
        ),
        // ----- strings, comments, templates, regular expressions -----
        (
            "exports mentioned in strings and comments",
            r#"var s = "exports.a = 1";
var t = 'exports.b = 1';
// exports.c = 1
/* exports.d = 1 */
/*
exports.e = 1
*/
exports.f = 1;
"#,
            &["f"],
            &[],
        ),
        (
            "template literals",
            "var a = `exports.a = ${1}`;\nvar b = `${`${exports.b = 1}`} exports.c = 1`;\nvar c = `\\${exports.d = 1}`;\nexports.e = `}{`;\n",
            &["b", "e"],
            &[],
        ),
        (
            "regular expressions",
            r#"var r = /exports.a = 1/;
if (x) /exports.b = 1/.test(s);
function f() { return /exports.c = 1/g; }
var s = x.replace(/['"]/g, '').split(/\//);
var cls = /[/]exports.d = 1/;
exports.e = 1;
"#,
            &["e"],
            &[],
        ),
        (
            "division is not a regular expression",
            "var x = a / b; exports.a = 1; var y = c / d;\nvar z = (a) / 2; exports.b = 1; w = z / 2;\nvar i = a++ / 2; exports.c = 1; j = i / 3;\nvar k = 1.5 / 2; exports.d = 1; l = k / 1;\nvar m = x.y / 2; exports.e = 1; n = m / 2;\n",
            &["a", "b", "c", "d", "e"],
            &[],
        ),
        (
            "regex after keywords and punctuators",
            "x = typeof /a/; y = a in /b/; z = void /c/;\ncase1: switch (q) { case /d/: break; }\nfunction* g() { yield /e/; }\nexports.ok = [/[}]/, /\\/}/, !/f/, (/g/)];\n",
            &["ok"],
            &[],
        ),
        (
            "regex after block statements, division after expressions",
            "if (a) {} /exports.a = 1/.test(x);\nclass A {} /exports.b = 1/;\nvar o = {} / 1; exports.c = 1; o / 2;\nvar f = () => {} /exports.d = 1/g;\n",
            &["c"],
            &[],
        ),
        // ----- ES module syntax and malformed sources: no exports at all -----
        ("import statement", "exports.a = 1;\nimport x from 'y';\n", &[], &[]),
        ("export statement", "exports.a = 1;\nexport const b = 2;\n", &[], &[]),
        ("import.meta", "exports.a = import.meta.url;", &[], &[]),
        ("unterminated string", "exports.a = 1;\nvar s = 'abc\n';", &[], &[]),
        ("unterminated template", "exports.a = `abc", &[], &[]),
        ("unterminated regex", "exports.a = 1; var r = /abc\n/;", &[], &[]),
        ("unbalanced paren", "exports.a = 1; f());", &[], &[]),
        ("unbalanced brace", "exports.a = 1; }", &[], &[]),
        ("unclosed brace", "exports.a = 1; function f() {", &[], &[]),
        (
            "function expression followed by division is misread as a regex",
            "exports.a = 1;\nvar f = function(){} / 1;\nexports.b = 2;\n",
            &[],
            &[],
        ),
        ("empty source", "", &[], &[]),
        ("bom prefixes the first token", "\u{feff}exports.a = 1; exports.b = 2;", &["b"], &[]),
    ];

    fn check(name: &str, src: &str, exports: &[&str], reexports: &[&str]) {
        let got = analyze(src);
        assert_eq!(got.exports, exports, "exports of case {name:?}");
        assert_eq!(got.reexports, reexports, "reexports of case {name:?}");
    }

    #[test]
    fn real_world_patterns() {
        for (name, src, exports, reexports) in CASES {
            check(name, src, exports, reexports);
        }
    }

    #[test]
    fn errors_are_reported() {
        assert_eq!(
            try_analyze("import x from 'y'"),
            Err(CjsLexError::ImportStatement)
        );
        assert_eq!(
            try_analyze("import {x} from 'y'"),
            Err(CjsLexError::ImportStatement)
        );
        assert_eq!(try_analyze("import 'y'"), Err(CjsLexError::ImportStatement));
        assert_eq!(try_analyze("x = import.meta"), Err(CjsLexError::ImportMeta));
        assert_eq!(
            try_analyze("export default 1"),
            Err(CjsLexError::ExportStatement)
        );
        assert_eq!(
            try_analyze("export{ a }"),
            Err(CjsLexError::ExportStatement)
        );
        assert!(try_analyze("export default 1").unwrap_err().is_esm_syntax());
        assert_eq!(try_analyze("'abc"), Err(CjsLexError::UnterminatedString));
        assert_eq!(
            try_analyze("`abc${"),
            Err(CjsLexError::UnterminatedTemplate)
        );
        assert_eq!(
            try_analyze("`abc${ x"),
            Err(CjsLexError::UnterminatedTemplate)
        );
        assert_eq!(try_analyze("`abc"), Err(CjsLexError::UnterminatedTemplate));
        assert_eq!(try_analyze("x = /abc"), Err(CjsLexError::UnterminatedRegex));
        assert_eq!(
            try_analyze("x = /[abc/"),
            Err(CjsLexError::UnterminatedRegex)
        );
        assert_eq!(try_analyze(")"), Err(CjsLexError::UnexpectedClosingParen));
        assert_eq!(try_analyze("}"), Err(CjsLexError::UnexpectedClosingBrace));
        assert_eq!(try_analyze("{"), Err(CjsLexError::UnterminatedBraces));
        assert!(!CjsLexError::UnterminatedString.is_esm_syntax());
        // Not errors: ES syntax below top level is left alone, `import(` is a call.
        assert!(try_analyze("function f() { import(x) }").is_ok());
        assert!(try_analyze("if (a) { exports.x = 1 }").is_ok());
        assert_eq!(
            CjsLexError::ImportStatement.to_string(),
            "Unexpected import statement in CJS module."
        );
    }

    #[test]
    fn export_star_call_shapes() {
        // 2.x fix: a non-require argument right after `__exportStar(` is lexed normally.
        assert_eq!(
            try_analyze("__exportStar((0));"),
            Ok(CjsAnalysis::default())
        );
        check(
            "obj.__export",
            "x.__exportStar(require('dot'));",
            &[],
            &["dot"],
        );
        check(
            "__export inside a call is not top level",
            "f(__export(require('a')));",
            &[],
            &[],
        );
        check(
            "identifier ending in __export",
            "my__export(require('a'));",
            &[],
            &[],
        );
    }

    #[test]
    fn require_bindings() {
        let loop_for = |id: &str| {
            format!(
                "Object.keys({id}).forEach(function (key) {{ if (key === \"default\" || key === \"__esModule\") return; exports[key] = {id}[key]; }});\n"
            )
        };
        // let / const / var bindings; the last binding of a name wins.
        let src = format!(
            "let _a = require('a');\nconst _b = require('b');\nvar _c = require('c1');\nvar _c = require('c2');\n{}{}{}",
            loop_for("_a"),
            loop_for("_b"),
            loop_for("_c")
        );
        check("bindings", &src, &[], &["a", "b", "c2"]);
        // Not a declaration, or no space before the name: no binding.
        let src = format!(
            "_d = require('d');\nvar x=_e = require('e');\n{}{}",
            loop_for("_d"),
            loop_for("_e")
        );
        check("non-bindings", &src, &[], &[]);
        // An empty or undecodable specifier is not a reexport.
        let src = format!(
            "var _f = require('');\nvar _g = require('\\uD800');\n{}{}",
            loop_for("_f"),
            loop_for("_g")
        );
        check("bad specifiers", &src, &[], &[]);
        // Astral identifier as the binding.
        let src = format!("var 𝑥 = require('astral');\n{}", loop_for("𝑥"));
        check("astral binding", &src, &[], &["astral"]);
        // `!==` filter with an own-property check on another object.
        let src = "var _h = require('h');\nObject.keys(_h).forEach(function (k) { if (k !== 'default' && !_exportNames.hasOwnProperty(k)) exports[k] = _h[k]; });";
        check("!== with hasOwnProperty", src, &[], &["h"]);
    }

    #[test]
    fn truncated_sources_never_panic_and_degrade() {
        // Every prefix of a real module (on char boundaries) is lexed without panicking.
        let src = CASES[0].1;
        for (i, _) in src.char_indices() {
            let _ = analyze(&src[..i]);
        }
        let full = analyze(src);
        assert_eq!(full.exports.len(), 4);
    }

    /// Tiny xorshift generator, so the fuzz tests are reproducible without dependencies.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    const FRAGMENTS: &[&str] = &[
        "/", "/*", "*/", "//", "'", "\"", "`", "${", "}", "{", "(", ")", "[", "]", "\\", "\n", "\r\n", " ",
        "\u{a0}", "\u{2028}", "😀", "é", "\u{feff}", "\0", "exports", "exports.x = 1;", "module.exports = ",
        "module.exports = {a, b: c, 'd': e, ...require('f')};", "require('r')", "= require(\"dep\")",
        "Object.defineProperty(exports, 'q', { enumerable: true, get: function () { return m.q; } });",
        "Object.keys(_x).forEach(function (key) { if (key === 'default' || key === '__esModule') return; exports[key] = _x[key]; });",
        "var _x = require('y');", "_interopRequireWildcard(", "__exportStar(", "__export(require('t'))", "import ",
        "import(", "import.meta", "export ", "return /re/", "a / b", "a++ / 2", ") / 2", "} /x/", "class A {}",
        "if (a) /x/", "0.5 / 2", "/[/]/", "'\\u{1F600}'", "'\\uD800'", "'\\x4'", "#!", "else", "=>", "in ",
    ];

    #[test]
    fn fuzz_random_bytes_and_fragments() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for round in 0..3000 {
            let mut s = String::new();
            if round % 2 == 0 {
                // Random bytes, made valid UTF-8 (lossily): arbitrary non-ASCII included.
                let len = rng.below(200);
                let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
                s.push_str(&String::from_utf8_lossy(&bytes));
            } else {
                for _ in 0..rng.below(40) {
                    s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
                    if rng.below(2) == 0 {
                        s.push(' ');
                    }
                }
            }
            let result = analyze(&s);
            let mut seen = HashSet::new();
            assert!(
                result.exports.iter().all(|e| seen.insert(e.clone())),
                "duplicate export for {s:?}"
            );
        }
    }

    #[test]
    fn fuzz_mutated_real_sources() {
        let mut rng = Rng(42);
        for round in 0..2000 {
            let (_, base, _, _) = CASES[rng.below(CASES.len())];
            let mut s = base.to_string();
            let boundaries: Vec<usize> =
                s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let cut = boundaries[rng.below(boundaries.len())];
            match round % 3 {
                0 => s.truncate(cut),
                1 => s.insert_str(cut, FRAGMENTS[rng.below(FRAGMENTS.len())]),
                _ => {
                    let later: Vec<usize> =
                        boundaries.iter().copied().filter(|&b| b >= cut).collect();
                    let to = later[rng.below(later.len())];
                    s.replace_range(cut..to, "");
                }
            }
            let _ = analyze(&s);
        }
    }

    #[test]
    fn pathological_inputs_are_linear() {
        let n = 200_000;
        let inputs = [
            "(".repeat(n),
            "{".repeat(n),
            "`${".repeat(n),
            format!("module.exports = {{{}+", "a,".repeat(n)),
            "Object.keys(x).forEach(function (k) { if (k ".repeat(n / 40),
            "require /* */ (".repeat(n / 10),
            format!("var {} = require('x');", "a".repeat(n)),
            "exports.".repeat(n),
            "/".repeat(n),
            "a".repeat(n) + " = require('x') = require('x')",
        ];
        let start = std::time::Instant::now();
        for input in &inputs {
            let _ = analyze(input);
        }
        // Quadratic behaviour would take minutes here; linear takes milliseconds.
        assert!(start.elapsed() < std::time::Duration::from_secs(20));
    }
}
