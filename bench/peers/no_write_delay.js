// Loaded before wordpress-export-to-markdown (node --require): its src/settings.js waits 25 ms
// between two Markdown files (markdown_file_write_delay, "increase this if your file system
// becomes overloaded"), which is most of its wall time. Set to 0 here, its time is its work.
require('wordpress-export-to-markdown/src/settings').markdown_file_write_delay = 0;
