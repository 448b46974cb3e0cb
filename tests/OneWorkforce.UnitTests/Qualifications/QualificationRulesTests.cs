using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.UnitTests.Qualifications;

public sealed class QualificationNumberTests
{
    [Theory]
    [InlineData("603/5829/4", "603/5829/4")]
    [InlineData(" 603/5829/4 ", "603/5829/4")]
    [InlineData("603/7741/0/", "603/7741/0")] // EYQ-251 in the DfE update of 10-09-24 has a stray slash
    [InlineData("500/1234/x", "500/1234/X")]
    public void Numbers_are_tidied(string written, string expected)
    {
        var number = QualificationNumber.Normalise(written);
        Assert.Equal(expected, number);
        Assert.True(QualificationNumber.IsValid(number!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Not required")]
    [InlineData("Not required ")] // as in the real list
    [InlineData("null")]
    public void Words_for_no_number_mean_none(string written) => Assert.Null(QualificationNumber.Normalise(written));

    [Theory]
    [InlineData("6035829/4")]
    [InlineData("603/58294")]
    [InlineData("ABC/5829/4")]
    [InlineData("603/5829/44")]
    public void Malformed_numbers_are_refused(string written) => Assert.False(QualificationNumber.IsValid(QualificationNumber.Normalise(written)!));
}

public sealed class MonthYearTests
{
    [Theory]
    [InlineData("Sep-14", 2014, 9)]
    [InlineData("Aug-24", 2024, 8)]
    [InlineData("Jan-23", 2023, 1)]
    [InlineData("September-2019", 2019, 9)]
    public void Month_years_read_as_the_first_of_the_month(string text, int year, int month)
    {
        Assert.True(MonthYear.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, 1), date);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("  ")]
    public void Null_and_empty_are_open_ended(string text)
    {
        Assert.True(MonthYear.TryParse(text, out var date));
        Assert.Null(date);
    }

    [Theory]
    [InlineData("14-Sep")]
    [InlineData("31/08/2014")]
    [InlineData("Sept 2014")]
    public void Other_shapes_are_refused(string text) => Assert.False(MonthYear.TryParse(text, out _));

    [Fact]
    public void An_end_month_runs_to_its_last_day() => Assert.Equal(new DateOnly(2014, 8, 31), MonthYear.EndOfMonth(new DateOnly(2014, 8, 1)));
}

public sealed class AwardingBodyNameTests
{
    [Fact]
    public void A_former_name_becomes_another_name_of_the_current_body()
    {
        var name = AwardingBodyName.Parse("Edexcel (now Pearson Education Ltd)");
        Assert.Equal("Pearson Education Ltd", name.Name);
        Assert.Equal(["Edexcel"], name.OtherNames);
    }

    [Fact]
    public void An_abbreviation_in_brackets_is_another_name()
    {
        Assert.Equal(new[] { "iCQ" }, AwardingBodyName.Parse("iCan Qualifications (iCQ)").OtherNames);
        Assert.Equal("Newcastle College Group", AwardingBodyName.Parse("Newcastle College Group (NCG)").Name);
    }

    [Fact]
    public void Other_brackets_are_part_of_the_name()
    {
        var name = AwardingBodyName.Parse("Anglia Ruskin University (University Centre Peterborough)");
        Assert.Equal("Anglia Ruskin University (University Centre Peterborough)", name.Name);
        Assert.Empty(name.OtherNames);
    }

    [Theory]
    [InlineData("Pearson Education Ltd", "Pearson Education Limited")]
    [InlineData("City & Guilds", "City and Guilds")]
    [InlineData("CACHE ", "cache")]
    public void Keys_ignore_case_punctuation_and_company_suffixes(string a, string b) =>
        Assert.Equal(AwardingBodyName.Key(a), AwardingBodyName.Key(b));
}

public sealed class QualificationIdentityTests
{
    private static readonly DateOnly Sep14 = new(2014, 9, 1);

    [Fact]
    public void Titles_match_whatever_their_punctuation_and_case()
    {
        Assert.Equal("childrens care learning and development",
            QualificationIdentity.NormaliseTitle("Children's Care, Learning & Development"));
    }

    [Fact]
    public void Renamed_versions_and_pathways_sharing_a_number_are_different_records_in_one_version_group()
    {
        // 603/5829/4: EYQ-240 (Sep-20 to Jan-23) was renamed as EYQ-241 (from Feb-23).
        var before = QualificationIdentity.Key("603/5829/4", "ncfe", "T Level Technical Qualification in Education and Childcare", "3", new(2020, 9, 1), new(2023, 1, 1));
        var after = QualificationIdentity.Key("603/5829/4", "ncfe", "T Level Technical Qualification in Education and Early Years", "3", new(2023, 2, 1), null);
        Assert.NotEqual(before, after);
        // 603/3900/7: EYQ-522 and EYQ-523 are pathways with the same dates and other titles.
        Assert.NotEqual(
            QualificationIdentity.Key("603/3900/7", "pearson education", "Higher National Diploma in Early Childhood Education and Care", "5", new(2024, 9, 1), null),
            QualificationIdentity.Key("603/3900/7", "pearson education", "Higher National Diploma in Early Childhood Education and Care (Education)", "5", new(2024, 9, 1), null));
        Assert.Equal(QualificationIdentity.VersionKey("603/5829/4", "ncfe", "a", "3"), QualificationIdentity.VersionKey("603/5829/4", "ncfe", "b", "3"));
    }

    [Fact]
    public void Without_a_number_body_title_level_and_dates_decide()
    {
        var a = QualificationIdentity.Key(null, "pearson education", "BTEC National Diploma in Early Years", "3", null, Sep14);
        var same = QualificationIdentity.Key(null, "pearson education", "BTEC National Diploma in Early Years ", "3", null, Sep14);
        var otherLevel = QualificationIdentity.Key(null, "pearson education", "BTEC National Diploma in Early Years", "2", null, Sep14);
        Assert.Equal(a, same);
        Assert.NotEqual(a, otherLevel);
    }

    [Theory]
    [InlineData("Level 3 Diploma for the Children's Workforce (Early Learning and Childcare)", "Level 3 Diploma for the Childrens Workforce Early Learning and Childcare", 1.0)]
    // {level, 3, diploma, in, childcare, and, education} and {level, 3, diploma, in, child, care, and, education}:
    // 6 words in common out of 7 + 8 - 6 = 9 distinct words: 6 / 9.
    [InlineData("Level 3 Diploma in Childcare and Education", "Level 3 Diploma in Child Care and Education", 0.667)]
    [InlineData("Foundation Degree in Early Years", "BA (Hons) Social Work", 0.0)]
    public void Title_similarity_is_the_share_of_words_in_common(string a, string b, double expected) =>
        Assert.Equal(expected, QualificationIdentity.TitleSimilarity(a, b), 3);

    [Fact]
    public void Types_are_guessed_from_titles()
    {
        Assert.Equal("foundation-degree", QualificationCodeLists.GuessType("Foundation Degree in Early Years"));
        Assert.Equal("diploma", QualificationCodeLists.GuessType("CACHE Level 3 Diploma in Childcare and Education"));
        Assert.Equal("degree", QualificationCodeLists.GuessType("BA (Hons) Early Childhood Studies"));
        Assert.Null(QualificationCodeLists.GuessType("Montessori Teaching"));
    }
}
