#include "planner/local_search/route_rewrite.hpp"

#include "planner/local_search/route_reorder.hpp"

namespace kefu::planner {

SearchState::SearchState(const Instance& instance_in, WorkingSolution& solution_in)
    : instance(instance_in),
      solution(solution_in),
      prefix(solution_in.routes.size()),
      position(instance_in.job_count(), kNone) {
    for (std::size_t r = 0; r < prefix.size(); ++r) Refresh(r);
}

void SearchState::Refresh(std::size_t r) {
    const Route& route = solution.routes[r];
    RoutePrefix& p = prefix[r];
    const std::size_t size = route.jobs.size();
    p.distance.resize(size + 1);
    p.pieces.resize(size + 1);
    p.volume.resize(size + 1);
    p.tail_skills.resize(size + 1);
    p.reverse_distance.resize(size + 1);
    p.distance[0] = 0;
    p.pieces[0] = 0;
    p.volume[0] = 0;
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < size; ++i) {
        const JobData& job = instance.job(route.jobs[i]);
        p.pieces[i + 1] = p.pieces[i] + job.pieces;
        p.volume[i + 1] = p.volume[i] + job.volume;
        sum += route.arcs[i];
        p.distance[i] = sum;
        position[route.jobs[i]] = i;
    }
    if (size > 0) p.distance[size] = sum + route.arcs[size];
    p.reverse_distance[0] = 0;
    if (size > 0) p.reverse_distance[1] = 0;
    for (std::size_t i = 1; i < size; ++i) {
        p.reverse_distance[i + 1] =
            p.reverse_distance[i] + instance.Distance(route.locations[i], route.locations[i - 1]);
    }
    p.tail_skills[size] = 0;
    for (std::size_t i = size; i-- > 0;) {
        p.tail_skills[i] = p.tail_skills[i + 1] | instance.job(route.jobs[i]).skills;
    }
    for (std::size_t job : route.jobs) solution.route_of[job] = r;
}

std::int64_t RouteCost(const Instance& instance, const Route& route) {
    if (route.jobs.empty()) return 0;
    const VehicleData& vehicle = instance.vehicle(route.vehicle);
    return vehicle.fixed + vehicle.arc_weight * route.distance;
}

std::optional<std::int64_t> RewriteCost(const SearchState& state, const RouteRewrite& rewrite) {
    const Instance& instance = state.instance;
    const Route& head = state.solution.routes[rewrite.head];
    const Route& tail = state.solution.routes[rewrite.tail];
    const RoutePrefix& hp = state.prefix[rewrite.head];
    const RoutePrefix& tp = state.prefix[rewrite.tail];
    const VehicleData& vehicle = instance.vehicle(head.vehicle);
    const std::int64_t* service = instance.ServicesOf(head.vehicle);
    const std::size_t tail_size = tail.jobs.size();
    const std::size_t tail_count = tail_size - rewrite.tail_begin;
    if (rewrite.head_end == 0 && rewrite.sequence_size == 0 && tail_count == 0) return 0;

    // Capacity and skills.
    std::int64_t pieces =
        hp.pieces[rewrite.head_end] + tp.pieces[tail_size] - tp.pieces[rewrite.tail_begin];
    std::int64_t volume =
        hp.volume[rewrite.head_end] + tp.volume[tail_size] - tp.volume[rewrite.tail_begin];
    std::uint64_t skills = rewrite.tail != rewrite.head ? tp.tail_skills[rewrite.tail_begin] : 0;
    for (std::size_t k = 0; k < rewrite.sequence_size; ++k) {
        const JobData& job = instance.job(rewrite.sequence[k]);
        pieces += job.pieces;
        volume += job.volume;
        skills |= job.skills;
    }
    if (pieces > vehicle.pieces || volume > vehicle.volume || (skills & ~vehicle.skills) != 0) {
        return std::nullopt;
    }

    // Time: forward from the head, through the sequence, then into the tail's latest starts.
    std::size_t location = vehicle.start;
    std::int64_t time = vehicle.shift_start;
    std::int64_t distance = 0;
    if (rewrite.head_end > 0) {
        location = head.locations[rewrite.head_end - 1];
        time = head.departure[rewrite.head_end - 1];
        distance = hp.distance[rewrite.head_end - 1];
    }
    for (std::size_t k = 0; k < rewrite.sequence_size; ++k) {
        const std::size_t j = rewrite.sequence[k];
        const JobData& job = instance.job(j);
        const std::int64_t start =
            instance.StartTime(j, time + instance.Time(location, job.location));
        if (start == kNever) return std::nullopt;
        time = start + service[j];
        distance += instance.Distance(location, job.location);
        location = job.location;
    }
    if (tail_count == 0) {
        if (time + instance.Time(location, vehicle.end) > vehicle.shift_end) return std::nullopt;
        distance += instance.Distance(location, vehicle.end);
    } else {
        const VehicleData& tail_vehicle = instance.vehicle(tail.vehicle);
        // The tail's latest starts hold for this vehicle only if it ends where and when the
        // tail's does and its crew takes as long on site.
        const bool same_end = tail_vehicle.end == vehicle.end &&
                              tail_vehicle.shift_end == vehicle.shift_end &&
                              tail_vehicle.service_offset == vehicle.service_offset;
        std::size_t i = rewrite.tail_begin;
        distance += instance.Distance(location, tail.locations[i]);
        if (same_end) {
            const std::int64_t start =
                instance.StartTime(tail.jobs[i], time + instance.Time(location, tail.locations[i]));
            if (start > tail.latest[i]) return std::nullopt;
            distance += tp.distance[tail_size] - tp.distance[i];
        } else {
            // Another end depot, shift end or crew size: the tail's latest starts do not apply;
            // replay it.
            for (; i < tail_size; ++i) {
                const std::size_t j = tail.jobs[i];
                const std::int64_t start =
                    instance.StartTime(j, time + instance.Time(location, tail.locations[i]));
                if (start == kNever) return std::nullopt;
                time = start + service[j];
                location = tail.locations[i];
            }
            if (time + instance.Time(location, vehicle.end) > vehicle.shift_end) {
                return std::nullopt;
            }
            distance += tp.distance[tail_size - 1] - tp.distance[rewrite.tail_begin] +
                        instance.Distance(location, vehicle.end);
        }
    }
    return vehicle.fixed + vehicle.arc_weight * distance;
}

RouteRewrite Rewrite(std::size_t head,
                     std::size_t head_end,
                     std::initializer_list<std::size_t> sequence,
                     std::size_t tail,
                     std::size_t tail_begin) {
    RouteRewrite rewrite;
    rewrite.head = head;
    rewrite.head_end = head_end;
    for (std::size_t job : sequence) rewrite.sequence[rewrite.sequence_size++] = job;
    rewrite.tail = tail;
    rewrite.tail_begin = tail_begin;
    return rewrite;
}

bool Evaluate(const SearchState& state, Move& move) {
    if (move.reorder.kind != RouteReorder::Kind::kNothing) {
        if (!ReorderFeasible(state, move.reorder)) return false;
        move.gain = ReorderGain(state, move.reorder);
        return true;
    }
    std::int64_t gain = 0;
    for (const RouteRewrite& rewrite : move.rewrites) {
        const std::optional<std::int64_t> cost = RewriteCost(state, rewrite);
        if (!cost) return false;
        gain += RouteCost(state.instance, state.solution.routes[rewrite.head]) - *cost;
    }
    move.gain = gain;
    return true;
}

void Apply(SearchState& state, const Move& move) {
    if (move.reorder.kind != RouteReorder::Kind::kNothing) {
        ApplyReorder(state, move.reorder);
        return;
    }
    std::array<std::vector<std::size_t>, 2> jobs;
    for (std::size_t m = 0; m < 2; ++m) {
        const RouteRewrite& rewrite = move.rewrites[m];
        const Route& head = state.solution.routes[rewrite.head];
        const Route& tail = state.solution.routes[rewrite.tail];
        std::vector<std::size_t>& out = jobs[m];
        out.assign(head.jobs.begin(),
                   head.jobs.begin() + static_cast<std::ptrdiff_t>(rewrite.head_end));
        out.insert(out.end(),
                   rewrite.sequence.begin(),
                   rewrite.sequence.begin() + static_cast<std::ptrdiff_t>(rewrite.sequence_size));
        out.insert(out.end(),
                   tail.jobs.begin() + static_cast<std::ptrdiff_t>(rewrite.tail_begin),
                   tail.jobs.end());
    }
    for (std::size_t m = 0; m < 2; ++m) {
        Route& route = state.solution.routes[move.rewrites[m].head];
        route.jobs = std::move(jobs[m]);
        UpdateRoute(state.instance, route);
    }
    for (std::size_t m = 0; m < 2; ++m) state.Refresh(move.rewrites[m].head);
}

}  // namespace kefu::planner
