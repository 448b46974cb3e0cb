using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Training;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Demo;
using Status = OneWorkforce.Core.Training.TrainingCodes.BookingStatus;

namespace OneWorkforce.Data.Training;

/// <summary>
/// Demo evaluations and inductions, so those pages show something on first run: a safeguarding session eight weeks ago
/// with 14 made-up attendees, 11 of whom gave feedback and 7 answered the impact follow-up; and three of the demo
/// nursery's newest starters part-way through their induction (one ready to complete).
/// </summary>
public sealed class DemoEvaluationAndInduction(OneWorkforceDbContext db, Inductions inductions, TimeProvider clock)
{
    public async Task LoadEvaluationsAsync(Area area, CancellationToken cancellationToken = default)
    {
        var course = await db.Courses.Where(c => c.AreaId == area.Id && c.Topic == "safeguarding").OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (course is null || await db.QuestionnaireResponses.AnyAsync(r => r.Kind == TrainingEvaluation.FeedbackKind
                && db.CourseSessions.Any(s => s.Id == r.OwnerId && s.Course!.AreaId == area.Id), cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var day = DateOnly.FromDateTime(SessionTiming.ToUk(now)).AddDays(-56);
        day = day.DayOfWeek switch { DayOfWeek.Saturday => day.AddDays(2), DayOfWeek.Sunday => day.AddDays(1), _ => day };
        var session = new CourseSession
        {
            CourseId = course.Id, StartsAt = SessionTiming.FromUk(day, new TimeOnly(9, 30)), EndsAt = SessionTiming.FromUk(day, new TimeOnly(15, 30)),
            Venue = "County Hall, Training Room 2", StepFreeAccess = true, Capacity = 16, PlacesTaken = 14,
            BookingDeadline = day.AddDays(-3), CancellationDeadline = day.AddDays(-7), CreatedAt = now.AddDays(-90),
        };
        SessionTiming.Apply(session);
        db.CourseSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        var random = new Random(7007);
        for (var i = 1; i <= 14; i++)
        {
            db.Bookings.Add(new Booking
            {
                SessionId = session.Id, AttendeeKey = $"demo:{session.Id}:{i}", AttendeeName = $"Demo attendee {i}", BookedByUserId = "demo",
                Status = Status.Attended, StatusChangedAt = session.StartsAt, CreatedAt = now.AddDays(-70), AttendanceMarkedAt = session.EndsAt,
                CertificateCode = CertificateCodes.New(), FeedbackRequestedAt = session.EndsAt, ImpactRequestedAt = session.StartsAt.AddDays(42),
            });
        }
        string[][] barriers = [["cost"], ["cover"], ["timing", "cover"], ["none"], ["distance"], ["not-knowing"], ["none"], ["cover", "cost"], ["childcare"], ["none"], ["timing"]];
        string[] changes = ["Write down what a child tells me in their own words, straight away", "Check the local procedures before I call", "Talk to the designated lead sooner",
                            "", "Share the flowchart with our volunteers", "", "Ask the open question, then listen", "", "Record the time and who was there", "", ""];
        for (var i = 0; i < 11; i++)
        {
            var overall = random.Next(3, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Respond(session.Id, TrainingEvaluation.FeedbackKind, session.EndsAt.AddHours(2 + i), new()
            {
                ["overall"] = overall, ["aims"] = i % 5 == 3 ? "partly" : "yes", ["trainer"] = random.Next(4, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["arrangements"] = random.Next(3, 6).ToString(System.Globalization.CultureInfo.InvariantCulture), ["confidence"] = random.Next(3, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["barriers"] = string.Join(Answers.ChoiceSeparator, barriers[i]), ["change"] = changes[i],
            });
        }
        string[] used = ["often", "sometimes", "sometimes", "not-yet", "often", "sometimes", "no"];
        for (var i = 0; i < used.Length; i++)
        {
            Respond(session.Id, TrainingEvaluation.ImpactKind, session.StartsAt.AddDays(43 + i), new()
            {
                ["used"] = used[i], ["confidence"] = random.Next(3, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["difference"] = i % 3 == 0 ? "yes" : "maybe", ["example"] = i % 3 == 0 ? "We spotted a worry earlier and the family got help sooner" : "",
                ["barriers"] = i % 2 == 0 ? "cover" : "none",
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Respond(int sessionId, string kind, DateTime at, Dictionary<string, string> answers) =>
        db.QuestionnaireResponses.Add(new QuestionnaireResponse
        {
            Kind = kind, OwnerId = sessionId, Token = Codes.NewToken(), ResumeCode = Codes.NewCode(), Status = QuestionnaireResponse.Submitted, Channel = "online",
            StartedAt = at, UpdatedAt = at, SubmittedAt = at, AnswersJson = JsonSerializer.Serialize(answers.Where(a => a.Value.Length > 0).ToDictionary()),
        });

    /// <summary>The demo nursery's three newest starters: 3 standards signed off, 6, and every one (ready for the manager to complete).</summary>
    public async Task LoadInductionsAsync(Area area, CancellationToken cancellationToken = default)
    {
        var nursery = await db.Organisations.Where(o => o.AreaId == area.Id && o.Reference == "EY100001").Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
        if (nursery is not { } organisation)
        {
            return;
        }
        var checklist = (await inductions.ChecklistAsync(area.Id, cancellationToken)).Where(s => !s.Retired).ToList();
        if (await db.InductionSignOffs.AnyAsync(s => db.Workers.Any(w => w.Id == s.WorkerId && w.OrganisationId == organisation), cancellationToken))
        {
            return;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var manager = DemoData.Accounts.Single(a => a.Role == Core.Access.ServiceRoles.OrganisationManager);
        var managerId = await db.Users.Where(u => u.Email == manager.Email).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken) ?? "demo";
        var starters = await db.Workers.Where(w => w.OrganisationId == organisation && w.StartDate <= today && (w.LeavingDate == null || w.LeavingDate > today))
            .OrderByDescending(w => w.StartDate).ThenBy(w => w.Id).Take(3).ToListAsync(cancellationToken);
        int[] signed = [3, 6, checklist.Count];
        for (var i = 0; i < starters.Count; i++)
        {
            var start = starters[i].StartDate;
            foreach (var (standard, n) in checklist.Take(signed[i]).Select((s, n) => (s, n)))
            {
                var on = start.AddDays(2 + 3 * n);
                db.InductionSignOffs.Add(new InductionSignOff
                {
                    WorkerId = starters[i].Id, StandardId = standard.Id, SignedOn = on > today ? today : on, SignedByUserId = managerId,
                    Note = n == 0 ? "Went through the staff handbook together" : null, CreatedAt = clock.GetUtcNow().UtcDateTime,
                });
            }
            starters[i].InductionCompleted = "no";
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
