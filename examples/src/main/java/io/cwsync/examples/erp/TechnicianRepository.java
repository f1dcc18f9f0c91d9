package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code technician} table.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link ErpDatabase}).
 */
public final class TechnicianRepository {
  private final ErpDatabase db;

  TechnicianRepository(ErpDatabase db) {
    this.db = db;
  }

  /**
   * Adds a technician.
   *
   * @param number the technician number
   * @param name the name
   * @param cwMemberIdentifier the mapped ConnectWise member, or {@code null}
   * @return the stored technician
   */
  public Technician insert(String number, String name, @Nullable String cwMemberIdentifier) {
    requireNonNull(number, "number == null");
    long id = db.insert("adding technician " + number,
        "INSERT INTO technician (number, name, cw_member_identifier) VALUES (?, ?, ?)", number, name,
        cwMemberIdentifier);
    return new Technician(id, number, name, cwMemberIdentifier);
  }

  /**
   * Maps a technician to a ConnectWise member (the ERP-side fix for "technician not mapped").
   *
   * @param number the technician number
   * @param cwMemberIdentifier the member identifier, or {@code null} to unmap
   * @throws ErpException if the technician does not exist
   */
  public void mapMember(String number, @Nullable String cwMemberIdentifier) {
    if (db.update("mapping technician " + number, "UPDATE technician SET cw_member_identifier = ? WHERE number = ?",
        cwMemberIdentifier, number) == 0) {
      throw new ErpException("technician " + number + " does not exist");
    }
  }

  /**
   * Lists the technicians.
   *
   * @return every technician in id order
   */
  public List<Technician> list() {
    return db.query("listing technicians", rs -> new Technician(rs.getLong("id"), rs.getString("number"),
        rs.getString("name"), rs.getString("cw_member_identifier")), "SELECT * FROM technician ORDER BY id");
  }

  /**
   * Returns the mapping of ConnectWise member identifiers to technician numbers.
   *
   * @return mapped members only
   */
  public Map<String, String> byMember() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Technician t : list()) {
      if (t.cwMemberIdentifier() != null) {
        out.put(t.cwMemberIdentifier(), t.number());
      }
    }
    return out;
  }
}
