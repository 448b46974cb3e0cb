using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Validation;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Training;

/// <summary>Providers add and change their courses and sessions; every change is in the audit log.</summary>
public sealed class CourseAdministration(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Course>> CreateAsync(int providerOrganisationId, CourseInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Validate();
        if (errors.Any)
        {
            return Outcome<Course>.Failure(errors);
        }
        var areaId = await db.Organisations.Where(o => o.Id == providerOrganisationId).Select(o => o.AreaId).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var course = new Course { Title = "", Summary = "", Topic = "", Tier = "", AudienceWorkforce = "", Delivery = "", ProviderOrganisationId = providerOrganisationId, AreaId = areaId, CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(course);
        db.Courses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("course-created", "Course", course.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["title"] = new(null, course.Title) }, areaId, providerOrganisationId);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Course>.Success(course);
    }

    public async Task<Outcome<Course>> UpdateAsync(int courseId, CourseInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Validate();
        if (errors.Any)
        {
            return Outcome<Course>.Failure(errors);
        }
        var course = await db.Courses.SingleAsync(c => c.Id == courseId, cancellationToken);
        var before = CourseInput.From(course);
        input.ApplyTo(course);
        course.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        var changes = new Dictionary<string, FieldChange>();
        if (before.Title != course.Title)
        {
            changes["title"] = new(before.Title, course.Title);
        }
        audit.Record("course-changed", "Course", course.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), changes, course.AreaId, course.ProviderOrganisationId);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Course>.Success(course);
    }

    public async Task<(CourseSession? Session, FieldErrors Errors)> AddSessionAsync(int courseId, SessionInput input, CancellationToken cancellationToken = default)
    {
        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == courseId, cancellationToken);
        var (session, errors) = input.Validate(clock.GetUtcNow().UtcDateTime, classroom: course.Delivery is "classroom" or "blended");
        if (session is not null && session.DistrictId is { } district && !await db.Districts.AnyAsync(d => d.Id == district && d.AreaId == course.AreaId, cancellationToken))
        {
            errors.Add(nameof(SessionInput.DistrictId), "Select a district of the area, or none");
        }
        if (session is null || errors.Any)
        {
            return (null, errors);
        }
        session.CourseId = courseId;
        session.CreatedAt = clock.GetUtcNow().UtcDateTime;
        db.CourseSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("course-session-added", "CourseSession", session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["starts"] = new(null, session.StartsAt.ToString("O")), ["places"] = new(null, session.Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
            course.AreaId, course.ProviderOrganisationId);
        await db.SaveChangesAsync(cancellationToken);
        return (session, errors);
    }
}
