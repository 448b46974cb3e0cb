using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Training;
using OneWorkforce.Data.Demo;

namespace OneWorkforce.Data.Training;

/// <summary>
/// A realistic demo training offer for the demo area: safeguarding at three levels, paediatric first aid, the
/// Common Assessment Framework, the Common Core areas, induction and more (seed 000 Q13's topics), from the
/// training partnership, the health team and the youth club, with daytime, evening and weekend sessions across the
/// districts over the next four months. Run again, it adds nothing.
/// </summary>
public sealed class DemoTraining(OneWorkforceDbContext db, TimeProvider clock)
{
    private sealed record DemoCourse(string Provider, string Title, string Topic, string Tier, string? Level, string Delivery, int CostPounds, bool FreeForVolunteers,
        string Workforce, string[] Sectors, string[] CoreAreas, bool Accredited, string Summary);

    private static readonly DemoCourse[] Courses =
    [
        new("TP600006", "Safeguarding children: basic awareness", "safeguarding", "universal", "1", "e-learning", 0, true, "both", [], ["3"], false,
            "What abuse and neglect look like, what to do if you are worried about a child, and who to tell. For everyone, paid or volunteer."),
        new("TP600006", "Safeguarding children: working together", "safeguarding", "targeted", "2", "classroom", 40, true, "core", [], ["3", "5", "6"], false,
            "Working with other agencies to keep children safe: referrals, the local safeguarding partnership's procedures and sharing information."),
        new("TP600006", "Designated safeguarding lead", "safeguarding", "specialist", "3", "classroom", 120, false, "core", ["early-years", "education", "youth-services"], ["3", "5", "6"], false,
            "For designated leads: managing concerns, records, allegations against staff and supporting colleagues."),
        new("NHS500005", "Paediatric first aid (12 hours)", "first-aid", "universal", null, "blended", 85, false, "core", ["early-years"], [], true,
            "The full paediatric first aid course the early years foundation stage requires, with a certificate valid for three years."),
        new("NHS500005", "Emergency paediatric first aid (6 hours)", "first-aid", "universal", null, "classroom", 45, true, "both", [], [], true,
            "A one-day course for volunteers and staff who need emergency first aid for babies and children."),
        new("TP600006", "The Common Assessment Framework in practice", "caf", "targeted", null, "classroom", 0, true, "both", [], ["5", "6"], false,
            "When to start a common assessment, how to do it with the family, and the lead professional role."),
        new("TP600006", "Effective communication with children, young people and families", "common-core", "universal", null, "online-live", 0, true, "both", [], ["1"], false,
            "Listening, building trust and involving children and families in decisions: Common Core area 1."),
        new("TP600006", "Child and young person development", "common-core", "universal", null, "classroom", 25, true, "both", [], ["2"], false,
            "How children and young people develop, and noticing when development is not going as expected: Common Core area 2."),
        new("TP600006", "Supporting transitions", "common-core", "targeted", null, "online-live", 0, true, "both", ["education", "early-years"], ["4"], false,
            "Helping children through changes: starting school, moving on, family changes: Common Core area 4."),
        new("TP600006", "Multi-agency and integrated working", "common-core", "universal", null, "blended", 0, true, "both", [], ["5"], false,
            "Working across services: roles, team around the child, and getting the best from partners: Common Core area 5."),
        new("TP600006", "Information sharing", "common-core", "universal", null, "e-learning", 0, true, "both", [], ["6"], false,
            "When and how to share information about children safely and lawfully: Common Core area 6."),
        new("TP600006", "Common induction for new staff and volunteers", "induction", "universal", null, "blended", 0, true, "both", [], ["1", "2", "3", "4", "5", "6"], false,
            "The area's common induction: the Common Core, safeguarding, health and safety, policies and where to get help."),
        new("TP600006", "Health and safety and risk assessment", "health-and-safety", "universal", null, "classroom", 30, true, "both", [], [], false,
            "Keeping activities safe: risk assessments, trips, premises and reporting."),
        new("NHS500005", "Food hygiene level 2", "food-hygiene", "universal", null, "e-learning", 15, true, "both", ["early-years", "youth-services"], [], true,
            "Food safety for anyone who prepares or serves food to children."),
        new("TP600006", "Special educational needs and disability: an introduction", "send", "targeted", null, "classroom", 35, true, "core", ["early-years", "education"], ["2"], false,
            "Recognising needs early, the graduated approach and working with parents and specialists."),
        new("CH200002", "Managing behaviour positively", "behaviour", "targeted", null, "classroom", 20, true, "both", ["youth-services", "sport-leisure-play"], ["1", "2"], false,
            "Practical ways to prevent and calm difficult behaviour in groups of children and young people."),
        new("TP600006", "Leading a team in a small setting", "leadership", "specialist", null, "classroom", 150, false, "core", [], ["5"], true,
            "For managers of nurseries, clubs and charities: supervision, recruitment and developing your team. Counts towards a level 5 leadership qualification."),
        new("TP600006", "Equality, diversity and inclusion", "equality", "universal", null, "online-live", 0, true, "both", [], ["1"], false,
            "Making your service welcoming to every child and family, and recruiting a workforce that reflects the community."),
        new("CH200002", "Managing and valuing volunteers", "leadership", "targeted", null, "classroom", 0, true, "wider", ["youth-services", "sport-leisure-play"], [], false,
            "Recruiting, supporting, valuing and keeping volunteers in small groups."),
    ];

    public async Task<int> LoadAsync(Area area, CancellationToken cancellationToken = default)
    {
        var organisations = await db.Organisations.Where(o => o.AreaId == area.Id).ToDictionaryAsync(o => o.Reference, cancellationToken);
        var districts = await db.Districts.Where(d => d.AreaId == area.Id).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);
        if (await db.Courses.AnyAsync(c => c.AreaId == area.Id, cancellationToken))
        {
            return 0;
        }
        var random = new Random(6006);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(SessionTiming.ToUk(now));
        var added = 0;
        foreach (var demo in Courses)
        {
            if (!organisations.TryGetValue(demo.Provider, out var provider))
            {
                continue;
            }
            var course = new Course
            {
                ProviderOrganisationId = provider.Id,
                AreaId = area.Id,
                Title = demo.Title,
                Summary = demo.Summary,
                Topic = demo.Topic,
                Tier = demo.Tier,
                SafeguardingLevel = demo.Level,
                CommonCoreAreas = Course.Join(demo.CoreAreas),
                AudienceSectors = Course.Join(demo.Sectors),
                AudienceWorkforce = demo.Workforce,
                Accredited = demo.Accredited,
                Delivery = demo.Delivery,
                CostPence = demo.CostPounds * 100,
                FreeForVolunteers = demo.FreeForVolunteers,
                Funding = demo.CostPounds == 0 ? "Funded by the children's workforce partnership" : null,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var sessions = demo.Delivery == "e-learning" ? 1 : 2 + random.Next(3);
            for (var i = 0; i < sessions; i++)
            {
                var date = today.AddDays(7 + random.Next(110));
                var pattern = random.Next(4); // daytime, evening, Saturday morning, daytime
                if (pattern == 2)
                {
                    date = date.AddDays(((int)DayOfWeek.Saturday - (int)date.DayOfWeek + 7) % 7);
                }
                else if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    date = date.AddDays(2);
                }
                var (start, hours) = pattern switch
                {
                    1 => (new TimeOnly(18, 30), 2.5),
                    2 => (new TimeOnly(9, 30), 3.0),
                    _ => (new TimeOnly(9, 30), demo.Title.Contains("12 hours") ? 7.0 : 6.0),
                };
                var inPerson = demo.Delivery is "classroom" or "blended";
                var district = inPerson ? districts[random.Next(districts.Count)] : (int?)null;
                var session = new CourseSession
                {
                    StartsAt = SessionTiming.FromUk(date, start),
                    EndsAt = SessionTiming.FromUk(date, start.AddMinutes(hours * 60)),
                    Venue = inPerson ? Venues[random.Next(Venues.Length)] : null,
                    DistrictId = district,
                    StepFreeAccess = !inPerson || random.Next(4) != 0,
                    Capacity = demo.Delivery == "e-learning" ? 500 : 12 + 4 * random.Next(5),
                    BookingDeadline = date.AddDays(-3),
                    CancellationDeadline = date.AddDays(-7),
                    CreatedAt = now,
                };
                SessionTiming.Apply(session);
                course.Sessions.Add(session);
            }
            db.Courses.Add(course);
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private static readonly string[] Venues =
    [
        "Northbridge Children's Centre, Mill Lane",
        "Southfield Library, Market Square",
        "Eastwick Community Hall, Church Street",
        "Westmoor Family Hub, Station Road",
        "County Hall, Training Room 2",
        "Riverside Youth Club, The Embankment",
    ];

    /// <summary>Links the demo practitioner's account to a person of their nursery's workforce, so their attended training joins it.</summary>
    public async Task LinkPractitionerAsync(Area area, CancellationToken cancellationToken = default)
    {
        var practitioner = DemoData.Accounts.Single(a => a.Role == Core.Access.ServiceRoles.Practitioner);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Email == practitioner.Email, cancellationToken);
        if (user is null || user.WorkerId is not null || user.OrganisationId is null)
        {
            return;
        }
        user.WorkerId = await db.Workers.Where(w => w.OrganisationId == user.OrganisationId && w.LeavingDate == null)
            .OrderBy(w => w.Id).Select(w => (long?)w.Id).FirstOrDefaultAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The demo area's required training: safeguarding level 1 every 3 years for everyone, level 2 and paediatric first
    /// aid every 3 years for early years and childcare workers, the six Common Core areas for early years workers; and
    /// Little Acorns (the demo manager's nursery) adds food hygiene every 3 years for its early years workers.
    /// </summary>
    public async Task LoadRequirementsAsync(Area area, CancellationToken cancellationToken = default)
    {
        if (await db.TrainingRequirements.AnyAsync(r => r.AreaId == area.Id, cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var nursery = await db.Organisations.Where(o => o.AreaId == area.Id && o.Reference == "EY100001").Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
        TrainingRequirement Required(string role, string topic, string? level, int? years, string? areas = null, int? organisation = null) => new()
        {
            AreaId = area.Id, OrganisationId = organisation, Role = role, Topic = topic, SafeguardingLevel = level, RefreshYears = years, CommonCoreAreas = areas, CreatedAt = now,
        };
        db.TrainingRequirements.AddRange(
            Required(TrainingRequirement.AnyRole, "safeguarding", "1", 3),
            Required("early-years-worker", "safeguarding", "2", 3),
            Required("early-years-worker", "first-aid", null, 3),
            Required("early-years-worker", "common-core", null, null, "1;2;3;4;5;6"),
            Required("childcare-playworker", "safeguarding", "2", 3),
            Required("childcare-playworker", "first-aid", null, 3));
        if (nursery is { } id)
        {
            db.TrainingRequirements.Add(Required("early-years-worker", "food-hygiene", null, 3, organisation: id));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Seed 000 recommendation 1: a rolling programme of half-day workshops around the area, with a sector forum.</summary>
    private static readonly (string Title, string Summary, int Weeks)[] Events =
    [
        ("Private, voluntary and independent sector forum", "Meet other groups, share what works and hear what the partnership is planning. Tea and coffee from 9.15.", 3),
        ("Workforce development strategy and my organisation", "What the area's workforce strategy means for a small nursery, club or charity, and where to get help with training and qualifications.", 6),
        ("Recruiting staff and volunteers together", "Joint advertising, a shared recruitment pack and road shows: what the area can do together and what works for others.", 9),
        ("The common induction: making it work in a small group", "Fitting the area's common induction to how your group already welcomes new people, with model documents to take away.", 12),
    ];

    /// <summary>Adds the demo area's workforce development events, once: each a free half-day workshop in a different district.</summary>
    public async Task<int> LoadEventsAsync(Area area, CancellationToken cancellationToken = default)
    {
        if (await db.Courses.AnyAsync(c => c.AreaId == area.Id && c.Kind == Course.Event, cancellationToken)
            || await db.Organisations.SingleOrDefaultAsync(o => o.AreaId == area.Id && o.Reference == "TP600006", cancellationToken) is not { } provider)
        {
            return 0;
        }
        var districts = await db.Districts.Where(d => d.AreaId == area.Id).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(SessionTiming.ToUk(now));
        for (var i = 0; i < Events.Length; i++)
        {
            var (title, summary, weeks) = Events[i];
            var date = today.AddDays(weeks * 7);
            date = date.AddDays(((int)DayOfWeek.Wednesday - (int)date.DayOfWeek + 7) % 7);
            var session = new CourseSession
            {
                StartsAt = SessionTiming.FromUk(date, new TimeOnly(9, 30)),
                EndsAt = SessionTiming.FromUk(date, new TimeOnly(12, 30)),
                Venue = Venues[i % Venues.Length],
                DistrictId = districts.Count == 0 ? null : districts[i % districts.Count],
                StepFreeAccess = true,
                Capacity = 40,
                BookingDeadline = date.AddDays(-2),
                CancellationDeadline = date.AddDays(-2),
                CreatedAt = now,
            };
            SessionTiming.Apply(session);
            db.Courses.Add(new Course
            {
                Kind = Course.Event, ProviderOrganisationId = provider.Id, AreaId = area.Id, Title = title, Summary = summary, Topic = "other", Tier = "universal",
                AudienceWorkforce = "both", Delivery = "classroom", CostPence = 0, FreeForVolunteers = true, Funding = "Funded by the children's workforce partnership",
                CreatedAt = now, UpdatedAt = now, Sessions = [session],
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return Events.Length;
    }
}
