using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Audit;
using Status = OneWorkforce.Core.Training.TrainingCodes.BookingStatus;

namespace OneWorkforce.Data.Training;

/// <summary>A provider calling a whole session off.</summary>
public sealed partial class TrainingBookings
{
    /// <summary>
    /// The provider calls a session off: everyone booked or waiting has their booking cancelled (the returned list, so
    /// they can be told), the places are freed, and nobody can book it again. Not once it has started.
    /// </summary>
    public async Task<(IReadOnlyList<Booking> Cancelled, string? Problem)> CancelSessionAsync(int sessionId, string? reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return ([], "Say why the session is cancelled: it goes in the email to everyone booked");
        }
        if (reason.Length > 500)
        {
            return ([], "The reason must be 500 characters or fewer");
        }
        var session = await db.CourseSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (session.Cancelled)
        {
            return ([], "This session is already cancelled");
        }
        if (session.StartsAt <= now)
        {
            return ([], "A session cannot be cancelled once it has started");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.CourseSessions.Where(s => s.Id == sessionId && !s.Cancelled)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Cancelled, true).SetProperty(s => s.PlacesTaken, 0), cancellationToken) != 1)
        {
            return ([], "This session is already cancelled");
        }
        var affected = await db.Bookings.AsNoTracking().Where(b => b.SessionId == sessionId && (b.Status == Status.Booked || b.Status == Status.Waiting)).ToListAsync(cancellationToken);
        await db.Bookings.Where(b => b.SessionId == sessionId && (b.Status == Status.Booked || b.Status == Status.Waiting))
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, Status.Cancelled).SetProperty(b => b.StatusChangedAt, now), cancellationToken);
        audit.Record("training-session-cancelled", "CourseSession", sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["reason"] = new(null, reason), ["bookings"] = new(null, affected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (affected, null);
    }
}
