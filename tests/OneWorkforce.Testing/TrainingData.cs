using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;

namespace OneWorkforce.Testing;

/// <summary>Courses, sessions and workers made for a training test, through the same services the pages use.</summary>
public static class TrainingData
{
    /// <summary>A course of the demo training partnership (TP600006) with one session in 30 days' time.</summary>
    public static async Task<(int CourseId, int SessionId)> CourseWithSessionAsync(IServiceProvider services, int areaId, int capacity, string title, string topic = "safeguarding",
        string? level = "2")
    {
        var provider = await TestData.OrganisationIdAsync(services, areaId, "TP600006");
        var admin = services.GetRequiredService<CourseAdministration>();
        var course = await admin.CreateAsync(provider, new CourseInput
        {
            Title = title, Summary = "For the tests.", Topic = topic, Tier = "targeted", SafeguardingLevel = level, AudienceWorkforce = "both",
            Delivery = "classroom", Cost = "0", FreeForVolunteers = true,
        });
        if (!course.Succeeded)
        {
            throw new InvalidOperationException(course.Errors.ToString());
        }
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var (session, errors) = await admin.AddSessionAsync(course.Value!.Id, new SessionInput
        {
            Day = day.Day.ToString(), Month = day.Month.ToString(), Year = day.Year.ToString(), Starts = "9:30am", Ends = "4pm", Venue = "Test Hall",
            Capacity = capacity.ToString(), BookingClosesDaysBefore = "0", CancelDaysBefore = "0",
        });
        return session is null ? throw new InvalidOperationException(errors.ToString()) : (course.Value.Id, session.Id);
    }

    /// <summary>People in post in an organisation, with staff references prefix-001 and on.</summary>
    public static async Task<IReadOnlyList<Worker>> WorkersAsync(IServiceProvider services, int organisationId, string prefix, int count)
    {
        var db = services.GetRequiredService<OneWorkforceDbContext>();
        var areaId = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.AreaId).SingleAsync();
        var workers = Enumerable.Range(1, count).Select(i => new Worker
        {
            AreaId = areaId, OrganisationId = organisationId, StaffReference = $"{prefix}-{i:000}", Role = "early-years-worker", Contract = "part-time",
            StartDate = new DateOnly(2024, 1, 1), UpdatedAt = DateTime.UtcNow,
        }).ToList();
        db.Workers.AddRange(workers);
        await db.SaveChangesAsync();
        return workers;
    }

    /// <summary>Moves a session into the past so attendance can be marked.</summary>
    public static async Task StartSessionAsync(IServiceProvider services, int sessionId)
    {
        var db = services.GetRequiredService<OneWorkforceDbContext>();
        var session = await db.CourseSessions.SingleAsync(s => s.Id == sessionId);
        session.StartsAt = DateTime.UtcNow.AddHours(-3);
        session.EndsAt = DateTime.UtcNow.AddHours(-1);
        await db.SaveChangesAsync();
    }

    /// <summary>A training record of a worker, as an upload or attendance would leave it.</summary>
    public static async Task RecordAsync(IServiceProvider services, Worker worker, string topic, string? level, DateOnly completedOn, string? commonCoreAreas = null)
    {
        var db = services.GetRequiredService<OneWorkforceDbContext>();
        db.TrainingRecords.Add(new TrainingRecord
        {
            AreaId = worker.AreaId, OrganisationId = worker.OrganisationId, WorkerId = worker.Id, StaffReference = worker.StaffReference,
            Title = $"{topic} {level} {completedOn:yyyy-MM-dd}", Topic = topic, SafeguardingLevel = level, CompletedOn = completedOn,
            CommonCoreAreas = commonCoreAreas, ExpiresOn = TrainingExpiry.ExpiresOn(topic, completedOn), UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
