using System.Text;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Validation;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Data.Accounts;
using Microsoft.Extensions.Options;

namespace OneWorkforce.Web.Api;

/// <summary>The shared training offer as JSON (the same filters as the find-training page) and each session as an iCalendar file.</summary>
internal static class TrainingApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/courses", async (string? q, string? area, string? topic, string? tier, string? delivery, string? sector, string? role, int? district,
            int? provider, bool? evening, bool? weekend, bool? stepFree, bool? free, bool? freeForVolunteers, bool? accredited, bool? placesLeft, string? from, string? to,
            int? page, int? pageSize, CourseCatalogue catalogue, CancellationToken cancellationToken) =>
        {
            var (paging, errors) = Paging.From(page, pageSize);
            void Code(string? value, CodeList list, string field)
            {
                if (value is not null && !list.Contains(value))
                {
                    errors.Add(field, $"{field} must be one of: {string.Join(", ", list.Items.Select(i => i.Code))}");
                }
            }
            Code(topic, WorkforceCodes.TrainingTopics, "topic");
            Code(tier, TrainingCodes.Tiers, "tier");
            Code(delivery, TrainingCodes.Deliveries, "delivery");
            Code(sector, WorkforceCodeLists.WorkforceSectors, "sector");
            Code(role, WorkforceCodes.Roles, "role");
            DateOnly? Date(string? value, string field)
            {
                if (value is null)
                {
                    return null;
                }
                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date))
                {
                    return date;
                }
                errors.Add(field, $"{field} must be a date written YYYY-MM-DD, like 2027-03-27");
                return null;
            }
            var filter = new CourseFilter
            {
                Text = q, Area = area, Topic = topic, Tier = tier, Delivery = delivery, Sector = sector, Role = role, District = district, Provider = provider,
                Evening = evening == true, Weekend = weekend == true, StepFree = stepFree == true, Free = free == true, FreeForVolunteers = freeForVolunteers == true,
                Accredited = accredited == true, PlacesLeft = placesLeft == true, From = Date(from, "from"), To = Date(to, "to"),
            };
            if (errors.Any)
            {
                return ApiResults.Invalid(errors);
            }
            var (items, total) = await catalogue.CoursesAsync(filter, paging.Skip, paging.PageSize, cancellationToken);
            return Results.Ok(new PagedList<object>(items.Select(Shape).ToList(), total, paging.Page, paging.PageSize));
        }).WithSummary("Courses of the shared training offer with their upcoming sessions that match every filter given (the list shape of every API list)");
    }

    private static object Shape(CourseListing c) => new
    {
        id = c.Course.Id,
        title = c.Course.Title,
        summary = c.Course.Summary,
        provider = c.ProviderName,
        providerOrganisationId = c.Course.ProviderOrganisationId,
        area = c.AreaCode,
        topic = c.Course.Topic,
        tier = c.Course.Tier,
        safeguardingLevel = c.Course.SafeguardingLevel,
        commonCoreAreas = c.Course.CoreAreaNumbers,
        audienceRoles = c.Course.RoleCodes,
        audienceSectors = c.Course.SectorCodes,
        audienceWorkforce = c.Course.AudienceWorkforce,
        accredited = c.Course.Accredited,
        countsTowards = c.Course.CountsTowards,
        delivery = c.Course.Delivery,
        costPence = c.Course.CostPence,
        freeForVolunteers = c.Course.FreeForVolunteers,
        funding = c.Course.Funding,
        sessions = c.Sessions.Select(s => new
        {
            id = s.SessionId,
            startsAt = s.StartsAt,
            endsAt = s.EndsAt,
            venue = s.Venue,
            district = s.District,
            stepFreeAccess = s.StepFree,
            evening = s.Evening,
            weekend = s.Weekend,
            capacity = s.Capacity,
            placesLeft = s.PlacesLeft,
            bookingDeadline = s.BookingDeadline,
            calendar = $"/training/sessions/{s.SessionId}/calendar.ics",
        }),
    };

    /// <summary>GET /training/sessions/{id}/calendar.ics: one event, public like the offer.</summary>
    public static void MapCalendar(IEndpointRouteBuilder app)
    {
        app.MapGet("/training/sessions/{id:int}/calendar.ics", async (int id, OneWorkforceDbContext db, IOptions<SiteSettings> site, TimeProvider clock, HttpContext http) =>
        {
            var session = await db.CourseSessions.AsNoTracking().Include(s => s.Course).SingleOrDefaultAsync(s => s.Id == id);
            if (session is null || session.Course is not { Published: true } course)
            {
                return Results.NotFound();
            }
            var provider = await db.Organisations.Where(o => o.Id == course.ProviderOrganisationId).Select(o => o.Name).SingleAsync();
            var district = session.DistrictId is { } d ? await db.Districts.Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync() : null;
            var baseUrl = new Uri(site.Value.BaseUrl.TrimEnd('/') + "/");
            var text = ICalendar.ForSession(session, course, provider, district, new Uri(baseUrl, $"training/courses/{course.Id}"), baseUrl.Host, clock.GetUtcNow().UtcDateTime);
            return Results.File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"session-{id}.ics");
        }).AllowAnonymous();
    }
}
