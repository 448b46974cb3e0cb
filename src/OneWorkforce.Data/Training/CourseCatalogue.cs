using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Training;

namespace OneWorkforce.Data.Training;

/// <summary>The filters of the public training search (the page and GET /api/v1/courses share them).</summary>
public sealed record CourseFilter
{
    /// <summary>Training courses (the default) or workforce development events.</summary>
    public string Kind { get; init; } = Course.TrainingCourse;
    public string? Text { get; init; }
    public string? Area { get; init; }
    public string? Topic { get; init; }
    public string? Tier { get; init; }
    public string? Delivery { get; init; }
    public string? Sector { get; init; }
    public string? Role { get; init; }
    public int? District { get; init; }
    public int? Provider { get; init; }
    public bool Evening { get; init; }
    public bool Weekend { get; init; }
    public bool StepFree { get; init; }
    public bool Free { get; init; }
    public bool FreeForVolunteers { get; init; }
    public bool Accredited { get; init; }
    public bool PlacesLeft { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>One session in a search result, with what a person needs to choose it.</summary>
public sealed record SessionListing(int SessionId, int CourseId, string Title, string Topic, string Tier, string Delivery, string ProviderName,
    DateTime StartsAt, DateTime EndsAt, string? Venue, string? District, bool StepFree, bool Evening, bool Weekend, int Capacity, int PlacesTaken,
    int CostPence, bool FreeForVolunteers, DateOnly BookingDeadline)
{
    public int PlacesLeft => Math.Max(0, Capacity - PlacesTaken);
}

/// <summary>A course with its sessions that matched a search (the API's list item).</summary>
public sealed record CourseListing(Course Course, string ProviderName, string AreaCode, IReadOnlyList<SessionListing> Sessions);

/// <summary>Searches the shared offer: upcoming, published, not cancelled sessions matching every filter given.</summary>
public sealed class CourseCatalogue(OneWorkforceDbContext db, TimeProvider clock)
{
    private sealed class Match
    {
        public required CourseSession S { get; init; }
        public required Course C { get; init; }
    }

    private IQueryable<SessionListing> Query(CourseFilter filter) => Project(Matching(filter));

    private IQueryable<SessionListing> Project(IQueryable<Match> matches) =>
        from m in matches
        join o in db.Organisations on m.C.ProviderOrganisationId equals o.Id
        join d in db.Districts on m.S.DistrictId equals d.Id into districts
        from d in districts.DefaultIfEmpty()
        select new SessionListing(m.S.Id, m.C.Id, m.C.Title, m.C.Topic, m.C.Tier, m.C.Delivery, o.Name, m.S.StartsAt, m.S.EndsAt, m.S.Venue, d == null ? null : d.Name,
            m.S.StepFreeAccess, m.S.IsEvening, m.S.IsWeekend, m.S.Capacity, m.S.PlacesTaken, m.C.CostPence, m.C.FreeForVolunteers, m.S.BookingDeadline);

    private IQueryable<Match> Matching(CourseFilter filter)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var from = filter.From is { } f ? SessionTiming.FromUk(f, TimeOnly.MinValue) : now;
        if (from < now)
        {
            from = now;
        }
        var sessions = db.CourseSessions.AsNoTracking().Where(s => !s.Cancelled && s.StartsAt >= from);
        if (filter.To is { } to)
        {
            var until = SessionTiming.FromUk(to.AddDays(1), TimeOnly.MinValue);
            sessions = sessions.Where(s => s.StartsAt < until);
        }
        if (filter.Evening) sessions = sessions.Where(s => s.IsEvening);
        if (filter.Weekend) sessions = sessions.Where(s => s.IsWeekend);
        if (filter.StepFree) sessions = sessions.Where(s => s.StepFreeAccess);
        if (filter.District is { } district) sessions = sessions.Where(s => s.DistrictId == district);
        if (filter.PlacesLeft) sessions = sessions.Where(s => s.PlacesTaken < s.Capacity);

        var courses = db.Courses.AsNoTracking().Where(c => c.Published && c.Kind == filter.Kind);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLowerInvariant();
            courses = courses.Where(c => c.Title.ToLower().Contains(text) || c.Summary.ToLower().Contains(text));
        }
        if (!string.IsNullOrEmpty(filter.Topic)) courses = courses.Where(c => c.Topic == filter.Topic);
        if (!string.IsNullOrEmpty(filter.Tier)) courses = courses.Where(c => c.Tier == filter.Tier);
        if (!string.IsNullOrEmpty(filter.Delivery)) courses = courses.Where(c => c.Delivery == filter.Delivery);
        if (filter.Provider is { } provider) courses = courses.Where(c => c.ProviderOrganisationId == provider);
        if (filter.Accredited) courses = courses.Where(c => c.Accredited);
        if (filter.Free) courses = courses.Where(c => c.CostPence == 0);
        if (filter.FreeForVolunteers) courses = courses.Where(c => c.CostPence == 0 || c.FreeForVolunteers);
        if (!string.IsNullOrEmpty(filter.Sector))
        {
            var code = ";" + filter.Sector + ";";
            courses = courses.Where(c => c.AudienceSectors == null || (";" + c.AudienceSectors + ";").Contains(code));
        }
        if (!string.IsNullOrEmpty(filter.Role))
        {
            var code = ";" + filter.Role + ";";
            courses = courses.Where(c => c.AudienceRoles == null || (";" + c.AudienceRoles + ";").Contains(code));
        }
        if (!string.IsNullOrEmpty(filter.Area))
        {
            courses = courses.Where(c => db.Areas.Any(a => a.Id == c.AreaId && a.Code == filter.Area));
        }

        return from s in sessions
               join c in courses on s.CourseId equals c.Id
               select new Match { S = s, C = c };
    }

    /// <summary>Matching sessions, soonest first.</summary>
    public async Task<(IReadOnlyList<SessionListing> Items, int Total)> SessionsAsync(CourseFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        var matching = Matching(filter);
        var total = await matching.CountAsync(cancellationToken);
        var ids = await matching.OrderBy(m => m.S.StartsAt).ThenBy(m => m.S.Id).Skip(skip).Take(take).Select(m => m.S.Id).ToListAsync(cancellationToken);
        var items = await Project(Matching(filter).Where(m => ids.Contains(m.S.Id))).ToListAsync(cancellationToken);
        return (items.OrderBy(s => s.StartsAt).ThenBy(s => s.SessionId).ToList(), total);
    }

    /// <summary>Courses with at least one matching session, by their soonest matching session, each with its matching sessions.</summary>
    public async Task<(IReadOnlyList<CourseListing> Items, int Total)> CoursesAsync(CourseFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        var grouped = Matching(filter).GroupBy(m => m.C.Id).Select(g => new { CourseId = g.Key, First = g.Min(m => m.S.StartsAt) });
        var total = await grouped.CountAsync(cancellationToken);
        var ids = await grouped.OrderBy(g => g.First).ThenBy(g => g.CourseId).Skip(skip).Take(take).Select(g => g.CourseId).ToListAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var sessions = (await Project(Matching(filter).Where(m => ids.Contains(m.C.Id))).ToListAsync(cancellationToken))
            .OrderBy(s => s.StartsAt).ToLookup(s => s.CourseId);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        return (ids.Select(id => new CourseListing(courses[id], sessions[id].First().ProviderName, areas.GetValueOrDefault(courses[id].AreaId, ""), sessions[id].ToList())).ToList(), total);
    }

    /// <summary>A course with its provider and every session from today (or all of them for its managers).</summary>
    public async Task<(Course Course, string ProviderName, IReadOnlyList<SessionListing> Sessions)?> CourseAsync(int courseId, bool includePast, CancellationToken cancellationToken = default)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return null;
        }
        var provider = await db.Organisations.Where(o => o.Id == course.ProviderOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var since = includePast ? DateTime.MinValue : clock.GetUtcNow().UtcDateTime.AddHours(-12);
        var sessions = await (from s in db.CourseSessions.AsNoTracking()
                              where s.CourseId == courseId && s.StartsAt >= since
                              join d in db.Districts on s.DistrictId equals d.Id into districts
                              from d in districts.DefaultIfEmpty()
                              orderby s.StartsAt
                              select new SessionListing(s.Id, course.Id, course.Title, course.Topic, course.Tier, course.Delivery, provider, s.StartsAt, s.EndsAt, s.Venue,
                                  d == null ? null : d.Name, s.StepFreeAccess, s.IsEvening, s.IsWeekend, s.Capacity, s.PlacesTaken, course.CostPence,
                                  course.FreeForVolunteers, s.BookingDeadline)).ToListAsync(cancellationToken);
        return (course, provider, sessions);
    }
}
