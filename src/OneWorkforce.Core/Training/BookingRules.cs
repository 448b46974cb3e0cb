namespace OneWorkforce.Core.Training;

/// <summary>What may happen to a session or a booking at a moment: the rules the pages, the API and the service share.</summary>
public static class BookingRules
{
    /// <summary>Why a session cannot be booked now, or null if it can (full sessions can: the person joins the waiting list).</summary>
    public static string? WhyNotBookable(CourseSession session, DateTime nowUtc)
    {
        if (session.Cancelled)
        {
            return "This session has been cancelled.";
        }
        if (session.StartsAt <= nowUtc)
        {
            return "This session has already started.";
        }
        var today = DateOnly.FromDateTime(SessionTiming.ToUk(nowUtc));
        return today > session.BookingDeadline
            ? $"Booking for this session closed on {session.BookingDeadline.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}."
            : null;
    }

    /// <summary>Why a booking cannot be cancelled now, or null if it can. A waiting-list place can always be given up before the session.</summary>
    public static string? WhyNotCancellable(Booking booking, CourseSession session, DateTime nowUtc)
    {
        if (booking.Status is TrainingCodes.BookingStatus.Cancelled)
        {
            return "This booking is already cancelled.";
        }
        if (booking.Status is TrainingCodes.BookingStatus.Attended or TrainingCodes.BookingStatus.Absent || session.StartsAt <= nowUtc)
        {
            return "The session has already taken place.";
        }
        var today = DateOnly.FromDateTime(SessionTiming.ToUk(nowUtc));
        return booking.Status == TrainingCodes.BookingStatus.Booked && today > session.CancellationDeadline
            ? $"The last day to cancel was {session.CancellationDeadline.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}. Contact the provider."
            : null;
    }

    /// <summary>Attendance can be marked from the session's start.</summary>
    public static bool CanMarkAttendance(CourseSession session, DateTime nowUtc) => !session.Cancelled && session.StartsAt <= nowUtc;
}
