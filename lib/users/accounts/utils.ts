/** The text of account mail (our own words). */
type Mail = { subject: string; text: string };

export function verificationMail(username: string, url: string): Mail {
  return {
    subject: "Confirm your email address for python.org",
    text: `Hello ${username},\n\nTo finish creating your python.org account, confirm your email address by opening this link within 24 hours:\n\n${url}\n\nIf you did not sign up, ignore this message and no account will be activated.\n`,
  };
}

export function accountExistsMail(username: string, resetUrl: string): Mail {
  return {
    subject: "Sign-up attempt with your email address on python.org",
    text: `Hello ${username},\n\nSomeone tried to create a python.org account with this email address, which already belongs to your account.\n\nIf it was you and you forgot your password, reset it here:\n\n${resetUrl}\n\nOtherwise you can ignore this message.\n`,
  };
}

export function resetMail(username: string, url: string): Mail {
  return {
    subject: "Reset your python.org password",
    text: `Hello ${username},\n\nOpen this link within an hour to choose a new password:\n\n${url}\n\nIf you did not ask for this, ignore this message: your password stays the same.\n`,
  };
}

export function emailChangeMail(username: string, url: string): Mail {
  return {
    subject: "Confirm your new email address for python.org",
    text: `Hello ${username},\n\nYou asked to use this address for your python.org account. Open this link within 24 hours to confirm it:\n\n${url}\n\nIf you did not ask for this, ignore this message: your account keeps its current address.\n`,
  };
}
