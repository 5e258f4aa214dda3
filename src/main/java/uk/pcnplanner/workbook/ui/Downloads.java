package uk.pcnplanner.workbook.ui;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Files the view offers for download, made only when the link is followed. */
final class Downloads {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    static DownloadHandler xlsx(String fileName, SerializableSupplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> response(content.get(), fileName, XLSX));
    }

    static DownloadHandler text(String fileName, String text) {
        return DownloadHandler.fromInputStream(
                event -> response(text.getBytes(StandardCharsets.UTF_8), fileName, "text/plain;charset=UTF-8"));
    }

    private static DownloadResponse response(byte[] bytes, String fileName, String type) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
    }
}
