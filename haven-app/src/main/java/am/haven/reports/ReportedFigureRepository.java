package am.haven.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code reported_figure}. */
@Repository
class ReportedFigureRepository {

    private final JdbcClient jdbc;

    ReportedFigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ReportedFigure f) {
        jdbc.sql("""
                INSERT INTO reported_figure (id, figure_date, kind, value, area, source, source_url, verification,
                    note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.id(), f.date(), f.kind().name(), f.value(), f.area(), f.source(), f.sourceUrl(),
                        f.verification().name(), f.note(), f.recordedBy(), f.recordedAt())
                .update();
    }

    /** Figures dated {@code from}..{@code to} (text dates, either may be null), newest first. */
    List<ReportedFigure> list(String from, String to, int limit) {
        return jdbc.sql("""
                SELECT * FROM reported_figure
                WHERE (CAST(? AS VARCHAR(10)) IS NULL OR figure_date >= ?) AND (CAST(? AS VARCHAR(10)) IS NULL OR figure_date <= ?)
                ORDER BY figure_date DESC, recorded_at DESC LIMIT ?""")
                .params(from, from, to, to, limit)
                .query(ReportedFigureRepository::row)
                .list();
    }

    long count(String from, String to) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM reported_figure
                WHERE (CAST(? AS VARCHAR(10)) IS NULL OR figure_date >= ?) AND (CAST(? AS VARCHAR(10)) IS NULL OR figure_date <= ?)""")
                .params(from, from, to, to)
                .query(Long.class).single();
    }

    private static ReportedFigure row(ResultSet rs, int i) throws SQLException {
        return new ReportedFigure(rs.getString("id"), rs.getString("figure_date"), FigureKind.valueOf(rs.getString("kind")),
                rs.getLong("value"), rs.getString("area"), rs.getString("source"), rs.getString("source_url"),
                Verification.valueOf(rs.getString("verification")), rs.getString("note"), rs.getString("recorded_by"),
                rs.getString("recorded_at"));
    }
}
