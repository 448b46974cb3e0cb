namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>
/// Training completed in the last 12 months by people in post, and safeguarding coverage. Facts: "topic:TOPIC"
/// (people with training on that topic in the last 12 months), "any" (people with any), "safeguarding-current"
/// (people whose safeguarding training is in date) and "headcount" (people in post).
/// </summary>
internal static class TrainingReport
{
    public static (IReadOnlyList<Headline>, IReadOnlyList<ReportTable>, IReadOnlyList<string>) Build(ReportCalculator.Context context)
    {
        var headcount = context["headcount"].N;
        var headcountShown = context.Count("headcount", Populations.InPost);
        Figure ShareOf(Figure shown) => CountLine.Ratio(shown, headcountShown);
        var rows = WorkforceCodes.TrainingTopics.Items.Select(topic =>
        {
            var shown = context.Count("topic:" + topic.Code);
            return new ReportRow(topic.Code, topic.Label, null, [shown, ShareOf(shown)]);
        }).ToList();
        var any = context["any"].N;
        var anyShown = context.Count("any");
        rows.Add(new ReportRow("any", "Any training", null, [anyShown, ShareOf(anyShown)], IsTotal: true));
        var table = new ReportTable("People in post who completed training in the last 12 months, by topic", "Topic",
            [new ReportColumn("People", FigureKind.Count), new ReportColumn("Share of people in post (%)", FigureKind.Percent)], rows);
        var current = context["safeguarding-current"].N;
        var currentShown = context.Count("safeguarding-current");
        Headline[] headlines =
        [
            new("trained", "Completed training in the last 12 months", FigureKind.Percent, any, headcount, ShareOf(anyShown), "of people in post"),
            new("safeguarding", "Safeguarding training in date", FigureKind.Percent, current, headcount, ShareOf(currentShown), "of people in post"),
            new("people", "People in post", FigureKind.Count, headcount, 1, headcountShown, "staff and volunteers"),
        ];
        return (headlines, [table],
        [
            "A person with training on several topics counts once in each topic and once in \"Any training\", so the topics do not add up to it.",
            $"Safeguarding training is in date until its expiry date, or for {Bands.SafeguardingRefreshYears} years after it was completed when it has none.",
        ]);
    }
}
