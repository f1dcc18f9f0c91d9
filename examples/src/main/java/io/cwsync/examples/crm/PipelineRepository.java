package io.cwsync.examples.crm;

import static io.cwsync.examples.SerialConnection.execute;
import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code pipeline_stage} table: the CRM's sales stages.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link CrmDatabase}).
 */
public final class PipelineRepository {
  private final CrmDatabase db;

  PipelineRepository(CrmDatabase db) {
    this.db = db;
  }

  /**
   * Adds a stage, or replaces the stage of the same name.
   *
   * @param stage the stage
   * @throws CrmException on a database failure
   */
  public void save(PipelineStage stage) {
    requireNonNull(stage, "stage == null");
    db.transaction("saving pipeline stage '" + stage.name() + "'",
        c -> execute(c, "MERGE INTO pipeline_stage (name, kind, sort_order) KEY (name) VALUES (?, ?, ?)",
            stage.name(), stage.kind(), stage.sortOrder()));
  }

  /**
   * Lists the stages in pipeline order.
   *
   * @return the stages
   */
  public List<PipelineStage> list() {
    return db.transaction("listing pipeline stages", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM pipeline_stage ORDER BY sort_order, name");
          ResultSet rs = ps.executeQuery()) {
        List<PipelineStage> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new PipelineStage(rs.getString("name"), StageKind.valueOf(rs.getString("kind")),
              rs.getInt("sort_order")));
        }
        return out;
      }
    });
  }

  /**
   * Finds a stage by name.
   *
   * @param name the stage name, exact
   * @return the stage, or empty
   */
  public Optional<PipelineStage> find(String name) {
    requireNonNull(name, "name == null");
    return list().stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
