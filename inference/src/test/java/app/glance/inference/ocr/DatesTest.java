package app.glance.inference.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // as PP-OCR read pages made like an invoice and a dashboard (stop 51)
        "Date:1December2026|Date: 1 December 2026",
        "Due date: 15December 2026|Due date: 15 December 2026",
        "Thursday,3December|Thursday, 3 December",
        "Sent 2Mar2026, 10:30|Sent 2 Mar 2026, 10:30",
        "Updated Jan2026|Updated Jan 2026",
        "Markdown document 3.1KiB 12/03/2606:34|Markdown document 3.1KiB 12/03/26 06:34",
        "12/3/20264:12 PM|12/3/2026 4:12 PM",
        "10/3/20262:20PM|10/3/2026 2:20 PM",
        "Sunset 4:14PM|Sunset 4:14 PM", // ocr-bench's weather page
        "Your subscription renews on 0ctober 6|Your subscription renews on October 6",
        "-rw-r--r-- 1 yuki 456033May 4 10:21 recent-month.py|-rw-r--r-- 1 yuki 456033 May 4 10:21 recent-month.py",
        // already spaced, or a code, a file name, a word: as they are
        "Friday, 4 December 2026|Friday, 4 December 2026",
        "report_12Mar2026.pdf|report_12Mar2026.pdf",
        "backup-1Dec2026|backup-1Dec2026",
        "Dec2026.csv|Dec2026.csv",
        "1Marketing plan|1Marketing plan",
        "A12May2026|A12May2026",
        "Mayday 2026|Mayday 2026",
        "Time:10:30|Time:10:30",
        "Serial 4560May|Serial 4560May",
        "12:30pmx|12:30pmx",
        "12/03/26 06:34|12/03/26 06:34",
        "1/2/345:67|1/2/345:67",
        "0ctane 0ct|0ctane Oct",
        "Total:$120.00|Total:$120.00",
    })
    void putsBackTheSpacesOfADate(String read, String mended) {
        assertThat(Dates.mended(read)).isEqualTo(mended);
    }
}
