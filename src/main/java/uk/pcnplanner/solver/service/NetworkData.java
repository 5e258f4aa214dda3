package uk.pcnplanner.solver.service;

import java.util.List;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.ClinicDemand;
import uk.pcnplanner.staff.domain.LeavePeriod;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.domain.SupervisionRule;

/** Everything one network's plan is built from, read in one transaction. */
public record NetworkData(
        Network network,
        List<Practice> practices,
        List<Room> rooms,
        List<Staff> staff,
        List<LeavePeriod> leave,
        List<ClinicDemand> demand,
        List<SupervisionRule> rules,
        List<Booking> bookings) {}
