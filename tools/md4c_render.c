/* md4c's own md_html() renderer with the GitHub dialect, reading stdin or files and writing
 * HTML to stdout. It is the yardstick folio is measured against: the spec count in the test
 * suite and the "md4c raw parse+render" column of the benchmarks. With several files it renders
 * each in turn, like a batch job, and prints nothing but the byte total (so output cost does not
 * hide parse cost). */
#include <md4c-html.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void write_out(const MD_CHAR* text, MD_SIZE size, void* userdata) {
    FILE* out = (FILE*)userdata;
    if (out != NULL) fwrite(text, 1, size, out);
}

static void count_out(const MD_CHAR* text, MD_SIZE size, void* userdata) {
    (void)text;
    *(unsigned long long*)userdata += size;
}

static char* read_all(FILE* in, size_t* size) {
    size_t cap = 65536, len = 0;
    char* buf = malloc(cap);
    if (buf == NULL) return NULL;
    for (;;) {
        size_t n = fread(buf + len, 1, cap - len, in);
        len += n;
        if (n == 0) break;
        if (len == cap) {
            char* bigger = realloc(buf, cap * 2);
            if (bigger == NULL) { free(buf); return NULL; }
            buf = bigger;
            cap *= 2;
        }
    }
    *size = len;
    return buf;
}

int main(int argc, char** argv) {
    const unsigned parser_flags = MD_DIALECT_GITHUB;
    if (argc < 2) {
        size_t size = 0;
        char* text = read_all(stdin, &size);
        if (text == NULL) return 2;
        int rc = md_html(text, (MD_SIZE)size, write_out, stdout, parser_flags, MD_HTML_FLAG_XHTML);
        free(text);
        return rc == 0 ? 0 : 1;
    }
    unsigned long long total = 0;
    for (int i = 1; i < argc; i++) {
        FILE* in = fopen(argv[i], "rb");
        if (in == NULL) { perror(argv[i]); return 2; }
        size_t size = 0;
        char* text = read_all(in, &size);
        fclose(in);
        if (text == NULL) return 2;
        if (md_html(text, (MD_SIZE)size, count_out, &total, parser_flags, 0) != 0) { free(text); return 1; }
        free(text);
    }
    printf("%llu bytes of HTML from %d files\n", total, argc - 1);
    return 0;
}
