// epubcheck on several books in one Java start-up (each `java -jar epubcheck.jar` costs seconds
// of start-up and JIT warm-up; a split run makes a dozen books). Prints each message and one
// line per book; exits 1 when any book has a fatal error, an error or a warning.
//
//     java -cp /usr/share/java/epubcheck.jar EpubcheckMany.java BOOK.epub...

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.File;

public class EpubcheckMany {
    public static void main(String[] args) {
        int failed = 0;
        for (String path : args) {
            DefaultReportImpl report = new DefaultReportImpl(path);
            new EpubCheck(new File(path), report).doValidate();
            int fatal = report.getFatalErrorCount();
            int errors = report.getErrorCount();
            int warnings = report.getWarningCount();
            System.out.println("epubcheck " + path + ": " + fatal + " fatal, " + errors
                               + " errors, " + warnings + " warnings");
            if (fatal + errors + warnings > 0) ++failed;
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
