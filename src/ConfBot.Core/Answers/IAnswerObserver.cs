namespace ConfBot.Core.Answers;

/// <summary>Told how long each answer took, whichever surface asked (metrics, logs). Register any number.</summary>
public interface IAnswerObserver
{
    void Answered(TimeSpan elapsed);
}
