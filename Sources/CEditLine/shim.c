#include "CEditLine.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

static volatile sig_atomic_t interrupt_flag = 0;
static volatile sig_atomic_t winch_flag = 0;
static int handlers_installed = 0;
/// Self-pipe: the handlers write a byte so that the reader's poll() wakes up whichever thread
/// the signal was delivered to (the Swift runtime has several).
static int wake_pipe[2] = {-1, -1};

static void wake_reader(void) {
  if (wake_pipe[1] >= 0) {
    int saved = errno;
    ssize_t r = write(wake_pipe[1], "x", 1);
    (void)r;
    errno = saved;
  }
}

static void on_sigint(int signo) { (void)signo; interrupt_flag = 1; wake_reader(); }
static void on_sigwinch(int signo) { (void)signo; winch_flag = 1; wake_reader(); }

static void drain_wake_pipe(void) {
  char buf[64];
  if (wake_pipe[0] < 0) return;
  while (read(wake_pipe[0], buf, sizeof buf) > 0) {}
}

void baogao_interrupt_install(void) {
  if (handlers_installed) return;
  handlers_installed = 1;
  if (pipe(wake_pipe) == 0) {
    for (int i = 0; i < 2; i++) {
      fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
      fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
    }
  }
  /* A parent that blocked SIGINT (some test runners do) must not make Ctrl-C dead here. */
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, SIGINT);
  sigaddset(&unblock, SIGWINCH);
  pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0; /* no SA_RESTART: a blocked read() returns EINTR */
  sa.sa_handler = on_sigint;
  sigaction(SIGINT, &sa, NULL);
  sa.sa_handler = on_sigwinch;
  sigaction(SIGWINCH, &sa, NULL);
}

int baogao_interrupt_requested(void) { return interrupt_flag != 0; }
void baogao_interrupt_clear(void) { interrupt_flag = 0; }

int baogao_locale_setup(void) {
  setlocale(LC_CTYPE, "");
  const char *cs = nl_langinfo(CODESET);
  if (cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0)) return 1;
  if (!setlocale(LC_CTYPE, "C.UTF-8")) setlocale(LC_CTYPE, "C.utf8");
  cs = nl_langinfo(CODESET);
  return cs && strcmp(cs, "UTF-8") == 0;
}

typedef struct {
  char *prompt;
  void *context;
  baogao_complete_fn complete;
  int interrupted;
  FILE *out;
} editor_state;

static editor_state *state_of(EditLine *el) {
  void *p = NULL;
  el_get(el, EL_CLIENTDATA, &p);
  return (editor_state *)p;
}

static char *prompt_fn(EditLine *el) {
  editor_state *s = state_of(el);
  return s && s->prompt ? s->prompt : "";
}

static unsigned char complete_fn(EditLine *el, int ch) {
  (void)ch;
  editor_state *s = state_of(el);
  if (!s || !s->complete) return CC_ERROR;
  return s->complete(s->context, el);
}

/// Reads one character, decoding the locale's multibyte encoding. Unlike libedit's own reader it
/// gives up at once when Ctrl-C set the flag, so el_gets returns and the line is cancelled.
static int getc_fn(EditLine *el, wchar_t *wc) {
  editor_state *s = state_of(el);
  mbstate_t st;
  memset(&st, 0, sizeof st);
  for (;;) {
    if (interrupt_flag) {
      if (s) s->interrupted = 1;
      *wc = 0;
      return -1;
    }
    if (winch_flag) {
      winch_flag = 0;
      el_resize(el);
      /* no EL_REFRESH here: the cursor position libedit knows is stale after a resize */
    }
    if (wake_pipe[0] >= 0) {
      struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {wake_pipe[0], POLLIN, 0}};
      if (poll(fds, 2, -1) < 0) {
        if (errno == EINTR) continue;
      } else if (fds[1].revents & POLLIN) {
        drain_wake_pipe();
        continue;
      }
    }
    char c;
    ssize_t r = read(STDIN_FILENO, &c, 1);
    if (r == 0) { *wc = 0; return 0; }
    if (r < 0) {
      if (errno == EINTR) continue;
      *wc = 0;
      return -1;
    }
    wchar_t w = 0;
    size_t k = mbrtowc(&w, &c, 1, &st);
    if (k == (size_t)-2) continue;            /* more bytes of this character to come */
    if (k == (size_t)-1) {
      /* A broken sequence (`\xe6.` from a cut paste) loses its broken bytes, not the byte that
         ended it: start afresh and decode this byte on its own. */
      memset(&st, 0, sizeof st);
      k = mbrtowc(&w, &c, 1, &st);
      if (k == (size_t)-2) continue;
      if (k == (size_t)-1) {
        memset(&st, 0, sizeof st);
        continue;
      }
    }
    *wc = w;
    return 1;
  }
}

EditLine *baogao_el_open(const char *program, void *context, baogao_complete_fn complete) {
  /* `baogao | tee log`: the prompt and the line being edited go to the terminal, not the pipe. */
  FILE *out = isatty(STDOUT_FILENO) ? stdout : stderr;
  EditLine *el = el_init(program, stdin, out, stderr);
  if (!el) return NULL;
  editor_state *s = calloc(1, sizeof *s);
  s->context = context;
  s->complete = complete;
  s->prompt = strdup("");
  s->out = out;
  el_set(el, EL_CLIENTDATA, s);
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_SIGNAL, 0);
  el_set(el, EL_PROMPT, prompt_fn);
  el_set(el, EL_GETCFN, getc_fn);
  el_set(el, EL_ADDFN, "baogao-complete", "Complete the word before the cursor", complete_fn);
  el_set(el, EL_BIND, "^I", "baogao-complete", NULL);
  /* Readline habits people expect in emacs mode. */
  el_set(el, EL_BIND, "^R", "em-inc-search-prev", NULL);
  el_set(el, EL_BIND, "\\e[1;5C", "em-next-word", NULL);
  el_set(el, EL_BIND, "\\e[1;5D", "ed-prev-word", NULL);
  el_set(el, EL_BIND, "\\e[3~", "ed-delete-next-char", NULL);
  el_set(el, EL_BIND, "\\e[H", "ed-move-to-beg", NULL);
  el_set(el, EL_BIND, "\\e[F", "ed-move-to-end", NULL);
  el_set(el, EL_BIND, "\\e[1~", "ed-move-to-beg", NULL);
  el_set(el, EL_BIND, "\\e[4~", "ed-move-to-end", NULL);
  return el;
}

void baogao_el_close(EditLine *el) {
  if (!el) return;
  editor_state *s = state_of(el);
  el_end(el);
  if (s) {
    free(s->prompt);
    free(s);
  }
}

void baogao_el_set_prompt(EditLine *el, const char *prompt) {
  editor_state *s = state_of(el);
  if (!s) return;
  free(s->prompt);
  s->prompt = strdup(prompt ? prompt : "");
}

int baogao_el_read(EditLine *el, const char **line, int *length) {
  editor_state *s = state_of(el);
  if (s) s->interrupted = 0;
  drain_wake_pipe();
  int count = 0;
  const char *text = el_gets(el, &count);
  if (s && s->interrupted) {
    interrupt_flag = 0;
    *line = NULL;
    *length = 0;
    return 1;
  }
  if (!text || count <= 0) {
    *line = NULL;
    *length = 0;
    return 2;
  }
  if (count > 0 && text[count - 1] == '\n') count--;
  *line = text;
  *length = count;
  return 0;
}

void baogao_el_write(EditLine *el, const char *text) {
  editor_state *s = state_of(el);
  FILE *out = s && s->out ? s->out : stdout;
  fputs(text, out);
  fflush(out);
}

int baogao_el_columns(EditLine *el) {
  int cols = 0;
  if (el_get(el, EL_GETTC, "co", &cols) != 0) cols = 0;
  return cols;
}

History *baogao_history_open(int size) {
  History *h = history_init();
  if (!h) return NULL;
  HistEvent ev;
  history(h, &ev, H_SETSIZE, size > 0 ? size : 1000);
  history(h, &ev, H_SETUNIQUE, 1);
  return h;
}

void baogao_history_close(History *h) {
  if (h) history_end(h);
}

void baogao_el_use_history(EditLine *el, History *h) { el_set(el, EL_HIST, history, h); }

int baogao_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}

int baogao_history_save(History *h, const char *path) {
  size_t n = strlen(path);
  char *tmp = malloc(n + 32);
  snprintf(tmp, n + 32, "%s.tmp.%ld", path, (long)getpid());
  HistEvent ev;
  int r = history(h, &ev, H_SAVE, tmp);
  if (r < 0 || rename(tmp, path) != 0) {
    unlink(tmp);
    r = -1;
  }
  free(tmp);
  return r;
}

int baogao_history_append_file(const char *path, const char *line, int size) {
  History *h = baogao_history_open(size);
  if (!h) return -1;
  HistEvent ev;
  if (access(path, F_OK) == 0 && history(h, &ev, H_LOAD, path) < 0) {
    /* Not a libedit file: leave it alone rather than replace it. */
    history_end(h);
    return -1;
  }
  history(h, &ev, H_ENTER, line);
  int r = baogao_history_save(h, path);
  history_end(h);
  return r;
}

int baogao_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}

int baogao_history_count(History *h) {
  HistEvent ev;
  if (history(h, &ev, H_GETSIZE) < 0) return 0;
  return ev.num;
}

const char *baogao_history_entry(History *h, int index) {
  HistEvent ev;
  if (index < 0 || history(h, &ev, H_LAST) < 0) return NULL;
  for (int i = 0; i < index; i++)
    if (history(h, &ev, H_PREV) < 0) return NULL;
  return ev.str;
}
