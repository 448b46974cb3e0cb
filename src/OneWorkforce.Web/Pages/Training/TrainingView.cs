using System.Globalization;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Training;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>How the training pages show codes, money and times.</summary>
public static class TrainingView
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Cost(int pence, bool freeForVolunteers) =>
        pence == 0 ? "Free" : $"£{pence / 100m:#,##0.##} a place{(freeForVolunteers ? " (free for volunteers and small voluntary groups)" : "")}";

    public static string Topic(string code) => WorkforceCodes.TrainingTopics.LabelOf(code);

    public static string Tier(string code) => TrainingCodes.Tiers.LabelOf(code);

    public static string Delivery(string code) => TrainingCodes.Deliveries.LabelOf(code);

    public static string When(DateTime startsAt, DateTime endsAt) => SessionTiming.Describe(startsAt, endsAt);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Places(SessionListing s) => s.PlacesLeft == 0 ? "Full: join the waiting list" : $"{s.PlacesLeft} of {s.Capacity} places left";

    public static string Where(SessionListing s) =>
        s.Delivery is "online-live" or "e-learning" ? "Online" : string.Join(", ", new[] { s.Venue, s.District }.Where(x => !string.IsNullOrWhiteSpace(x)));

    public static string Status(string status) => status switch
    {
        TrainingCodes.BookingStatus.Booked => "Booked",
        TrainingCodes.BookingStatus.Waiting => "On the waiting list",
        TrainingCodes.BookingStatus.Cancelled => "Cancelled",
        TrainingCodes.BookingStatus.Attended => "Attended",
        TrainingCodes.BookingStatus.Absent => "Did not attend",
        _ => status,
    };

    public static string StatusTag(string status) => status switch
    {
        TrainingCodes.BookingStatus.Booked => "govuk-tag--green",
        TrainingCodes.BookingStatus.Waiting => "govuk-tag--yellow",
        TrainingCodes.BookingStatus.Attended => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };

    public static IReadOnlyList<CodeListItem> WithAny(CodeList list) => list.Items;
}

/// <summary>A compliance table to show, with a caption, what its rows are, and where a row links to (if anywhere).</summary>
public sealed record ComplianceTableView(string Caption, string RowHeader, IReadOnlyList<OneWorkforce.Core.Training.ComplianceTableRow> Rows, Func<string, string>? Link = null);
