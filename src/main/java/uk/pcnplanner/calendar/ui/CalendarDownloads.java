package uk.pcnplanner.calendar.ui;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import uk.pcnplanner.calendar.service.CalendarFile;

/** Calendar files made only when the link is followed, so each download holds the plan as it is then. */
final class CalendarDownloads {

    private CalendarDownloads() {}

    static DownloadHandler of(SerializableSupplier<CalendarFile> file) {
        return DownloadHandler.fromInputStream(event -> {
            CalendarFile made = file.get();
            return new DownloadResponse(new ByteArrayInputStream(made.content()), made.fileName(), made.mediaType(),
                    made.content().length);
        });
    }
}
