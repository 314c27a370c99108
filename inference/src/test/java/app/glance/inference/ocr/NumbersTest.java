package app.glance.inference.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // as PP-OCR read the real windows of training.real_check (xterm's and Mousepad's fonts, stop 51)
        "* The server was restarted at 1o:35 and is running normally|* The server was restarted at 10:35 and is"
            + " running normally",
        "The store opens at 6:oo PM and closes at nine|The store opens at 6:00 PM and closes at nine",
        "- The meeting has been moved to 7:1o PM in room 20|- The meeting has been moved to 7:10 PM in room 20",
        "The flight from Zurich lands at 4:og PM|The flight from Zurich lands at 4:09 PM",
        "The server was restarted at 18:5o and is running normally|The server was restarted at 18:50 and is running"
            + " normally",
        "The doctor's appointment is on Friday,at i:22 PM|The doctor's appointment is on Friday,at 1:22 PM",
        "The invoice total is $4l.80, due within 3o days.|The invoice total is $41.80, due within 30 days.",
        "The invoice total is $l,6o5, due within 3o days|The invoice total is $1,605, due within 30 days",
        "The total cost of the project is now $l,7o2.The store|The total cost of the project is now $1,702.The store",
        "Copyright l999-202l|Copyright 1999-2021",
        // a Mousepad window captured under Xvfb (stop 51): the minutes' zero read as "o" too
        "The library will open at 1o:0o and close at 6:30 PM.|The library will open at 10:00 and close at 6:30 PM.",
        "The total cost of the project is now l,325|The total cost of the project is now 1,325",
        "Population I,2o4,5oo|Population 1,204,500",
        // an xterm captured under Xvfb (stop 51): the minutes' last digit read twice before PM
        "The doctor's appointment is at 6:300 PM|The doctor's appointment is at 6:30 PM",
        "Doors open 7:455am|Doors open 7:45am",
        // no time of day before AM or PM, or no digit read twice: as it is
        "Verses 6:300 to 6:310|Verses 6:300 to 6:310",
        "at 6:305 PM|at 6:305 PM",
        // words, names, codes, file names and what is no time: as they are
        "version_202l.txt|version_202l.txt",
        "lo:ol|lo:ol",
        "Part I:10 points|Part I:10 points",
        "4:og|4:og",
        "9o:75|9o:75",
        "Room 1o1b|Room 1o1b",
        "Go to page 2 of 3|Go to page 2 of 3",
        "IO:OO|IO:OO",
        "10l of water|10l of water",
        "$ ls -l|$ ls -l",
        "file-2o.png|file-2o.png",
        "backup-2o26.tar|backup-2o26.tar",
        "192.168.1o.2|192.168.1o.2",
        "l,ool|l,ool",
        "I,lll|I,lll",
    })
    void digitsReadAsLettersAreMended(String read, String mended) {
        assertThat(Numbers.mended(read)).isEqualTo(mended);
    }
}
