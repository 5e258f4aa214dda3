package uk.pcnplanner.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.time.SessionSet;

/** A member GP practice of the network. */
@Entity
public class Practice extends VersionedEntity implements Auditable {

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    private String code;
    private String name;
    private int listSize;

    @Column(name = "open_sessions")
    private SessionSet openSessions = SessionSet.weekdays();

    /** Link worker clinic sessions wanted each week; null means a share by list size. */
    @Column(name = "link_worker_sessions")
    private Integer linkWorkerSessions;

    protected Practice() {}

    public Practice(Network network, String code, String name, int listSize) {
        this.network = network;
        this.code = code;
        this.name = name;
        this.listSize = listSize;
    }

    public Network getNetwork() {
        return network;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getListSize() {
        return listSize;
    }

    public void setListSize(int listSize) {
        this.listSize = listSize;
    }

    public SessionSet getOpenSessions() {
        return openSessions;
    }

    public void setOpenSessions(SessionSet openSessions) {
        this.openSessions = openSessions;
    }

    public Integer getLinkWorkerSessions() {
        return linkWorkerSessions;
    }

    public void setLinkWorkerSessions(Integer linkWorkerSessions) {
        this.linkWorkerSessions = linkWorkerSessions;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public String auditType() {
        return "Practice";
    }

    @Override
    public String auditId() {
        return code;
    }

    @Override
    public String auditLabel() {
        return name + " (" + code + ")";
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Code", code);
        values.put("Name", name);
        values.put("List size", String.valueOf(listSize));
        values.put("Open sessions", openSessions.toString());
        values.put("Link worker sessions per week", linkWorkerSessions == null ? null : linkWorkerSessions.toString());
        return values;
    }
}
