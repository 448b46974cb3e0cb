using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.UnitTests.Qualifications;

public sealed class SpellingCorrectionTests
{
    private static readonly HashSet<string> Vocabulary = ["childcare", "children", "diploma", "early", "years", "educator", "level", "montessori", "pedagogy"];

    [Theory]
    [InlineData("chidlcare", "childcare", 1)] // two neighbouring letters swapped: one edit
    [InlineData("childcare", "childcare", 0)]
    [InlineData("montesori", "montessori", 1)]
    [InlineData("diplma", "diploma", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_edits_with_swaps_as_one(string a, string b, int expected) =>
        Assert.Equal(expected, SpellingCorrection.Distance(a, b));

    [Fact]
    public void Misspelt_words_are_corrected_and_known_words_and_prefixes_kept()
    {
        Assert.Equal(["early", "years", "educator"], SpellingCorrection.Correct(["eraly", "years", "educatr"], Vocabulary));
        Assert.Null(SpellingCorrection.Correct(["child", "diploma"], Vocabulary)); // "child" starts "childcare": nothing to correct
    }

    [Fact]
    public void Short_words_allow_one_edit_and_hopeless_words_give_no_correction()
    {
        Assert.Null(SpellingCorrection.Correct(["lvl"], Vocabulary)); // "lvl" to "level" is 2 edits: too many for a short word
        Assert.Null(SpellingCorrection.Correct(["xylophone"], Vocabulary));
    }
}
