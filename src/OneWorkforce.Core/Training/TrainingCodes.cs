using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Training;

/// <summary>The code lists of the shared training offer, defined once (seed 001's tiered model; seed 000 Q14's barriers).</summary>
public static class TrainingCodes
{
    /// <summary>Seed 001: a tiered model of training.</summary>
    public static readonly CodeList Tiers = new("training-tiers", "Tier",
    [
        new("universal", "Universal", "For everyone who works or volunteers with children"),
        new("targeted", "Targeted", "For people in particular roles or settings"),
        new("specialist", "Specialist", "For people with specialist or designated responsibilities"),
    ]);

    public static readonly CodeList Deliveries = new("training-deliveries", "How it is delivered",
    [
        new("classroom", "Classroom", "In person at a venue"),
        new("online-live", "Online, live", "A live session on a video call"),
        new("e-learning", "E-learning", "Online, at your own pace"),
        new("blended", "Blended", "Some online, some in person"),
    ]);

    /// <summary>Who a course is for: the core workforce, the wider workforce, or both (seed 001 definitions).</summary>
    public static readonly CodeList Workforces = new("training-workforces", "Workforce",
    [
        new("core", "Core workforce", "People who work with children all the time"),
        new("wider", "Wider workforce", "People who work with children part of the time"),
        new("both", "Core and wider workforce"),
    ]);

    /// <summary>Where a booking stands.</summary>
    public static class BookingStatus
    {
        public const string Booked = "booked";
        public const string Waiting = "waiting";
        public const string Cancelled = "cancelled";
        public const string Attended = "attended";
        public const string Absent = "absent";
    }
}
