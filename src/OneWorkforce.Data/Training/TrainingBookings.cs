using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Audit;
using Status = OneWorkforce.Core.Training.TrainingCodes.BookingStatus;

namespace OneWorkforce.Data.Training;

/// <summary>Who a place is for: an account holder (for themself) or a worker booked by their manager.</summary>
public sealed record Attendee(string Key, string? UserId, long? WorkerId, int? OrganisationId, string Name, string? Email)
{
    public static Attendee ForUser(string userId, string name, string? email, int? organisationId, long? workerId) =>
        new($"u:{userId}", userId, workerId, organisationId, name, email);

    public static Attendee ForWorker(Worker worker, string name, string? email) =>
        new($"w:{worker.Id}", null, worker.Id, worker.OrganisationId, name, email);
}

public enum BookingOutcome
{
    Booked,
    Waiting,
    AlreadyBooked,
    AlreadyWaiting,
    NotBookable,
}

public sealed record BookingResult(BookingOutcome Outcome, Booking? Booking, string? Message = null);

/// <summary>What a cancellation did: the booking, and the person on the waiting list who got the place (if anyone).</summary>
public sealed record CancellationResult(Booking? Cancelled, Booking? Promoted, string? Message);

/// <summary>
/// Booking, the waiting list, cancellation and attendance. The places taken on a session change only through one
/// conditional update (take a place only while fewer are taken than there are), so however many people book at
/// once, on SQLite or PostgreSQL, a session is never over-booked; whoever misses out joins the waiting list in order.
/// </summary>
public sealed partial class TrainingBookings(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<BookingResult> BookAsync(int sessionId, Attendee attendee, string bookedByUserId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await db.CourseSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return new(BookingOutcome.NotBookable, null, "There is no such session.");
        }
        if (BookingRules.WhyNotBookable(session, now) is { } why)
        {
            return new(BookingOutcome.NotBookable, null, why);
        }
        var existing = await db.Bookings.SingleOrDefaultAsync(b => b.SessionId == sessionId && b.AttendeeKey == attendee.Key, cancellationToken);
        if (existing is { Status: Status.Booked or Status.Attended })
        {
            return new(BookingOutcome.AlreadyBooked, existing, $"{attendee.Name} already has a place on this session.");
        }
        if (existing is { Status: Status.Waiting })
        {
            return new(BookingOutcome.AlreadyWaiting, existing, $"{attendee.Name} is already on the waiting list for this session.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var taken = await TakePlaceAsync(sessionId, cancellationToken);
            var booking = existing ?? new Booking
            {
                SessionId = sessionId,
                AttendeeKey = attendee.Key,
                AttendeeName = attendee.Name,
                BookedByUserId = bookedByUserId,
                Status = Status.Waiting,
                CreatedAt = now,
            };
            booking.AttendeeUserId = attendee.UserId;
            booking.WorkerId = attendee.WorkerId;
            booking.OrganisationId = attendee.OrganisationId;
            booking.AttendeeName = attendee.Name;
            booking.AttendeeEmail = attendee.Email;
            booking.BookedByUserId = bookedByUserId;
            booking.Status = taken ? Status.Booked : Status.Waiting;
            booking.StatusChangedAt = now;
            if (existing is null)
            {
                db.Bookings.Add(booking);
            }
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(taken ? "training-booked" : "training-waiting", "Booking", booking.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new Dictionary<string, FieldChange> { ["session"] = new(null, sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ["for"] = new(null, attendee.Key) },
                organisationId: attendee.OrganisationId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(taken ? BookingOutcome.Booked : BookingOutcome.Waiting, booking);
        }
        catch (DbUpdateException)
        {
            // The same person booked at the same moment from elsewhere: the unique (session, attendee) index kept one.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var kept = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.SessionId == sessionId && b.AttendeeKey == attendee.Key, cancellationToken);
            return kept is null ? throw new InvalidOperationException("The booking could not be saved.") :
                new(kept.Status == Status.Waiting ? BookingOutcome.AlreadyWaiting : BookingOutcome.AlreadyBooked, kept,
                    $"{attendee.Name} already has a booking for this session.");
        }
    }

    /// <summary>Takes one place if one is left: a single conditional update, safe under any number of concurrent bookings.</summary>
    private async Task<bool> TakePlaceAsync(int sessionId, CancellationToken cancellationToken) =>
        await db.CourseSessions
            .Where(s => s.Id == sessionId && s.PlacesTaken < s.Capacity && !s.Cancelled)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.PlacesTaken, s => s.PlacesTaken + 1), cancellationToken) == 1;

    /// <summary>
    /// Cancels a booking (or a place on the waiting list). A freed place goes straight to the first person on the
    /// waiting list; if nobody is waiting the place is given back to the session.
    /// </summary>
    public async Task<CancellationResult> CancelAsync(long bookingId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var booking = await db.Bookings.AsNoTracking().Include(b => b.Session).SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return new(null, null, "There is no such booking.");
        }
        if (BookingRules.WhyNotCancellable(booking, booking.Session!, now) is { } why)
        {
            return new(booking, null, why);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var heldPlace = booking.Status == Status.Booked;
        var changed = await db.Bookings.Where(b => b.Id == bookingId && b.Status == booking.Status)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, Status.Cancelled).SetProperty(b => b.StatusChangedAt, now), cancellationToken);
        if (changed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new(booking, null, "This booking changed while you were looking at it. Check it and try again.");
        }
        Booking? promoted = null;
        if (heldPlace)
        {
            promoted = await PromoteFirstWaitingAsync(booking.SessionId, now, cancellationToken);
            if (promoted is null)
            {
                await db.CourseSessions.Where(s => s.Id == booking.SessionId && s.PlacesTaken > 0)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.PlacesTaken, s => s.PlacesTaken - 1), cancellationToken);
            }
        }
        audit.Record("training-cancelled", "Booking", bookingId.ToString(System.Globalization.CultureInfo.InvariantCulture), organisationId: booking.OrganisationId);
        if (promoted is not null)
        {
            audit.Record("training-offered-from-waiting-list", "Booking", promoted.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                organisationId: promoted.OrganisationId);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        booking.Status = Status.Cancelled;
        return new(booking, promoted, null);
    }

    /// <summary>Moves the longest-waiting person onto the session; conditional, so two cancellations at once promote two different people.</summary>
    private async Task<Booking?> PromoteFirstWaitingAsync(int sessionId, DateTime now, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = await db.Bookings.AsNoTracking()
                .Where(b => b.SessionId == sessionId && b.Status == Status.Waiting)
                .OrderBy(b => b.StatusChangedAt).ThenBy(b => b.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                return null;
            }
            var moved = await db.Bookings.Where(b => b.Id == next.Id && b.Status == Status.Waiting)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, Status.Booked).SetProperty(b => b.StatusChangedAt, now), cancellationToken);
            if (moved == 1)
            {
                next.Status = Status.Booked;
                next.StatusChangedAt = now;
                return next;
            }
        }
    }

    /// <summary>
    /// Marks who came. Each person who attended gets a certificate code and, where they have a workforce record,
    /// a training record with its expiry worked out from the topic; marking again changes only what changed.
    /// </summary>
    public async Task<AttendanceResult> MarkAttendanceAsync(int sessionId, IReadOnlyDictionary<long, bool> attended, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await db.CourseSessions.Include(s => s.Course).SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (!BookingRules.CanMarkAttendance(session, now))
        {
            return new(0, 0, 0, "Attendance can be marked once the session has started.");
        }
        var course = session.Course!;
        var providerName = await db.Organisations.Where(o => o.Id == course.ProviderOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var completedOn = DateOnly.FromDateTime(SessionTiming.ToUk(session.StartsAt));
        var bookings = await db.Bookings.Where(b => b.SessionId == sessionId && (b.Status == Status.Booked || b.Status == Status.Attended || b.Status == Status.Absent))
            .ToListAsync(cancellationToken);
        int present = 0, absent = 0, records = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var booking in bookings)
        {
            if (!attended.TryGetValue(booking.Id, out var came))
            {
                continue;
            }
            if (!came)
            {
                booking.Status = Status.Absent;
                booking.AttendanceMarkedAt = now;
                absent++;
                continue;
            }
            booking.Status = Status.Attended;
            booking.AttendanceMarkedAt = now;
            booking.CertificateCode ??= CertificateCodes.New();
            present++;
            var workerId = booking.WorkerId;
            if (workerId is null && booking.AttendeeUserId is { } userId)
            {
                workerId = await db.Users.Where(u => u.Id == userId).Select(u => u.WorkerId).SingleOrDefaultAsync(cancellationToken);
            }
            if (workerId is not null && booking.TrainingRecordId is null)
            {
                var worker = await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workerId, cancellationToken);
                if (worker is not null)
                {
                    var record = await db.TrainingRecords.SingleOrDefaultAsync(t => t.OrganisationId == worker.OrganisationId && t.StaffReference == worker.StaffReference
                        && t.Title == course.Title && t.CompletedOn == completedOn, cancellationToken);
                    if (record is null)
                    {
                        record = new TrainingRecord
                        {
                            AreaId = worker.AreaId,
                            OrganisationId = worker.OrganisationId,
                            WorkerId = worker.Id,
                            StaffReference = worker.StaffReference,
                            Title = course.Title.Length > 200 ? course.Title[..200] : course.Title,
                            Topic = course.Topic,
                            CompletedOn = completedOn,
                            Provider = providerName,
                            SafeguardingLevel = course.SafeguardingLevel,
                            Accredited = course.Accredited ? "yes" : "no",
                            ExpiresOn = TrainingExpiry.ExpiresOn(course.Topic, completedOn),
                            CommonCoreAreas = course.CommonCoreAreas,
                            Evidence = "Attendance marked by the provider",
                            UpdatedAt = now,
                        };
                        db.TrainingRecords.Add(record);
                        await db.SaveChangesAsync(cancellationToken);
                        records++;
                    }
                    booking.TrainingRecordId = record.Id;
                }
            }
        }
        audit.Record("training-attendance", "CourseSession", sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["attended"] = new(null, present.ToString(System.Globalization.CultureInfo.InvariantCulture)), ["absent"] = new(null, absent.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
            areaId: course.AreaId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(present, absent, records, null);
    }

    public async Task<Certificate?> FindCertificateAsync(string? code, CancellationToken cancellationToken = default)
    {
        var normal = CertificateCodes.Normalise(code);
        if (normal is null)
        {
            return null;
        }
        return await (from b in db.Bookings.AsNoTracking()
                      join s in db.CourseSessions on b.SessionId equals s.Id
                      join c in db.Courses on s.CourseId equals c.Id
                      join o in db.Organisations on c.ProviderOrganisationId equals o.Id
                      where b.CertificateCode == normal && b.Status == Status.Attended
                      select new Certificate(normal, b.AttendeeName, c.Title, c.Topic, c.SafeguardingLevel, c.Accredited, o.Name, s.StartsAt, s.EndsAt))
            .SingleOrDefaultAsync(cancellationToken);
    }
}

public sealed record AttendanceResult(int Attended, int Absent, int TrainingRecordsAdded, string? Problem);

/// <summary>What a certificate of attendance says; anyone with the code can check it.</summary>
public sealed record Certificate(string Code, string AttendeeName, string CourseTitle, string Topic, string? SafeguardingLevel, bool Accredited,
    string ProviderName, DateTime StartsAt, DateTime EndsAt)
{
    public DateOnly CompletedOn => DateOnly.FromDateTime(SessionTiming.ToUk(StartsAt));

    public DateOnly? ExpiresOn => TrainingExpiry.ExpiresOn(Topic, CompletedOn);
}
