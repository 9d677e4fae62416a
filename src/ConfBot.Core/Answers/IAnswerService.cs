namespace ConfBot.Core.Answers;

/// <summary>Answers a question from the teams' conference notes.</summary>
public interface IAnswerService
{
    /// <summary>Up to <paramref name="top"/> talks that answer the question; none, with suggestions, when nothing matches well.</summary>
    Answer Ask(string question, int top = 3);
}
