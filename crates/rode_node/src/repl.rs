//! `internalBinding('repl')`: the terminal side of the REPL — line editing and history
//! (rustyline) on a reader thread. JS asks for a line with `prompt(text)`; the answer comes
//! back to the JS thread as a completion calling `onLine(kind, text)` with kind "line",
//! "interrupt" (Ctrl-C) or "eof" (Ctrl-D). While the REPL is open it keeps the loop alive.

use rode_core::bind;
use rode_core::event_loop::{self, state};
use rquickjs::{Ctx, Function, Object, Persistent, Result};
use std::cell::RefCell;
use std::sync::mpsc;

const HISTORY_SIZE: usize = 1000;

enum Answer {
    Line(String),
    Interrupt,
    Eof,
}

thread_local! {
    static PROMPTS: RefCell<Option<mpsc::Sender<Option<String>>>> = const { RefCell::new(None) };
}

fn reader(
    history: Option<String>,
    prompts: mpsc::Receiver<Option<String>>,
    answers: tokio::sync::mpsc::UnboundedSender<Answer>,
) {
    let Ok(mut rl) = rustyline::DefaultEditor::new() else {
        let _ = answers.send(Answer::Eof);
        return;
    };
    // Node's history file: one entry per line, newest first, at most HISTORY_SIZE entries.
    let mut entries: Vec<String> = history
        .as_ref()
        .and_then(|h| std::fs::read_to_string(h).ok())
        .map(|t| {
            t.lines()
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    for e in entries.iter().rev() {
        let _ = rl.add_history_entry(e.as_str());
    }
    while let Ok(Some(prompt)) = prompts.recv() {
        let answer = match rl.readline(&prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = rl.add_history_entry(line.as_str());
                    entries.retain(|e| e != &line);
                    entries.insert(0, line.clone());
                    entries.truncate(HISTORY_SIZE);
                    if let Some(h) = &history {
                        let _ = std::fs::write(h, entries.join("\n") + "\n");
                    }
                }
                Answer::Line(line)
            }
            Err(rustyline::error::ReadlineError::Interrupted) => Answer::Interrupt,
            Err(_) => Answer::Eof,
        };
        if answers.send(answer).is_err() {
            return;
        }
    }
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // start(historyFile | undefined, onLine)
    bind::func(
        ctx,
        &o,
        "start",
        |ctx: Ctx<'js>, history: Option<String>, on_line: Function<'js>| -> Result<()> {
            let on_line = Persistent::save(&ctx, on_line);
            let (ptx, prx) = mpsc::channel::<Option<String>>();
            let (atx, mut arx) = tokio::sync::mpsc::unbounded_channel::<Answer>();
            std::thread::spawn(move || reader(history, prx, atx));
            PROMPTS.with(|p| *p.borrow_mut() = Some(ptx));
            state().ref_handle();
            tokio::task::spawn_local(async move {
                while let Some(answer) = arx.recv().await {
                    let cb = on_line.clone();
                    event_loop::queue_completion(Box::new(move |ctx| {
                        let f = cb.restore(ctx)?;
                        match answer {
                            Answer::Line(l) => f.call::<_, ()>(("line", l)),
                            Answer::Interrupt => f.call::<_, ()>(("interrupt", "")),
                            Answer::Eof => f.call::<_, ()>(("eof", "")),
                        }
                    }));
                }
            });
            Ok(())
        },
    )?;
    bind::func(ctx, &o, "prompt", |text: String| {
        PROMPTS.with(|p| {
            if let Some(tx) = p.borrow().as_ref() {
                let _ = tx.send(Some(text));
            }
        })
    })?;
    // Closes the REPL: the reader thread ends and the loop no longer waits for it.
    bind::func(ctx, &o, "close", || {
        PROMPTS.with(|p| {
            if let Some(tx) = p.borrow_mut().take() {
                let _ = tx.send(None);
                state().unref_handle();
            }
        })
    })?;
    Ok(o)
}
